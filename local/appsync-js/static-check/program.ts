import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/** Where the in-memory `code.js` files live: under the project, so `node_modules` is an ancestor. */
export const VIRTUAL_ROOT = path.resolve(import.meta.dirname, '../../../.appsync-static-check');

const UTILS_DECLARATIONS = require.resolve('@aws-appsync/utils/lib/index.d.ts');
/** Where the `@aws-appsync/utils` declarations live: what AppSync type-checks helper calls against. */
export const UTILS_LIB_DIR = path.dirname(UTILS_DECLARATIONS);
const GLOBALS_FILE = path.join(VIRTUAL_ROOT, 'appsync-js-globals.d.ts');

/**
 * AppSync type-checks `@aws-appsync/utils/dynamodb` against its own bundled copy, which has no
 * `sync` (the npm declarations do): `code.js(5,14): error TS2339: Property 'sync' does not exist
 * on type 'typeof import("/var/task/node_modules/@amzn/awsapp-sync-jsvtltranspiler/bundled/@aws-appsync/utils/lib/dynamo-db-helpers")'.`
 * (recorded from AppSync in localstack/appsync-utils, __tests__/index.test.js). The module is
 * served under that path, re-exporting the npm declarations minus `sync`, so the report reads
 * the same here.
 */
const BUNDLED_DYNAMODB = '/var/task/node_modules/@amzn/awsapp-sync-jsvtltranspiler/bundled/@aws-appsync/utils/lib/dynamo-db-helpers.d.ts';
const BUNDLED_DYNAMODB_SOURCE = `export {
  get, put, remove, update, query, scan, batchGet, batchPut, batchDelete, transactGet, transactWrite,
  toStringSet, toNumberSet, toBinarySet, operations,
} from ${JSON.stringify(path.join(UTILS_LIB_DIR, 'dynamodb-helpers'))};
`;

/**
 * What APPSYNC_JS puts in scope besides the ECMAScript built-ins. `util`, `runtime` and
 * `extensions` come from the utils declarations (`declare global`), which every file sees, as
 * on AppSync, whether it imports them or not. Only `console` needs declaring here; the members
 * are the ones the local sandbox provides.
 */
const GLOBALS = `declare var console: {
  log(...data: any[]): void;
  error(...data: any[]): void;
  warn(...data: any[]): void;
  info(...data: any[]): void;
  debug(...data: any[]): void;
};
`;

/** Declaration files that exist only in the checker's memory, by path. */
const DECLARATIONS = new Map([
  [GLOBALS_FILE, GLOBALS],
  [BUNDLED_DYNAMODB, BUNDLED_DYNAMODB_SOURCE],
]);

/**
 * The options under which resolver JS is judged. Chosen so that misspelled members of the
 * `@aws-appsync/utils` surface are errors (what a helper call's arguments are is left to the
 * helper, see `type-check.ts`) while plain, untyped resolver JS stays clean: checkJs without `strict` (no implicit-any or possibly-undefined noise on
 * `ctx`, which is `any` in a bundle), every file a module (AppSync code is ESM; otherwise
 * files with the same top-level names would collide in the shared program), and no
 * `@types/*` (Node's globals do not exist in APPSYNC_JS).
 */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: true,
  noEmit: true,
  strict: false,
  noImplicitAny: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  // ES2023 for the documented `findLast`/`findLastIndex`; no DOM.
  lib: ['lib.es2023.d.ts'],
  types: [],
  skipLibCheck: true,
};

/** AppSync provides only these modules; any other import must fail to resolve (TS2307). */
export function isProvidedModule(specifier: string): boolean {
  return specifier === '@aws-appsync/utils' || specifier.startsWith('@aws-appsync/utils/');
}

export function virtualPathOf(slot: string): string {
  return path.join(VIRTUAL_ROOT, slot, 'code.js');
}

/** Library source files never change while the process runs: parse them once. */
const libraryFiles = new Map<string, ts.SourceFile>();

/** One TypeScript program holding every file to check (path → code), plus the AppSync declarations. */
export function createResolverProgram(files: Map<string, string>): ts.Program {
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const readFromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const code = files.get(fileName);
    if (code !== undefined) return ts.createSourceFile(fileName, code, languageVersion, true, ts.ScriptKind.JS);
    const declarations = DECLARATIONS.get(fileName);
    if (declarations !== undefined) return ts.createSourceFile(fileName, declarations, languageVersion, true, ts.ScriptKind.TS);
    let library = libraryFiles.get(fileName);
    if (!library) {
      library = readFromDisk(fileName, languageVersion, onError, shouldCreate);
      if (library) libraryFiles.set(fileName, library);
    }
    return library;
  };
  host.fileExists = (fileName) => files.has(fileName) || DECLARATIONS.has(fileName) || ts.sys.fileExists(fileName);
  host.readFile = (fileName) => files.get(fileName) ?? DECLARATIONS.get(fileName) ?? ts.sys.readFile(fileName);
  host.resolveModuleNameLiterals = (literals, containingFile, redirectedReference, options) =>
    literals.map((literal) => {
      if (!files.has(containingFile))
        return ts.resolveModuleName(literal.text, containingFile, options, host, undefined, redirectedReference);
      if (!isProvidedModule(literal.text)) return { resolvedModule: undefined };
      if (literal.text === '@aws-appsync/utils/dynamodb') {
        return { resolvedModule: { resolvedFileName: BUNDLED_DYNAMODB, extension: ts.Extension.Dts, isExternalLibraryImport: true } };
      }
      return ts.resolveModuleName(literal.text, containingFile, options, host, undefined, redirectedReference);
    });
  return ts.createProgram({
    rootNames: [GLOBALS_FILE, UTILS_DECLARATIONS, ...files.keys()],
    options: COMPILER_OPTIONS,
    host,
  });
}
