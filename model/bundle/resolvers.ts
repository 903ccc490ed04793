import { build, buildSync, type BuildOptions } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  functionSourceFile,
  isDirectLambda,
  isPipeline,
  resolverSourceFile,
  type ApiDeclaration,
  type SourceApiDeclaration,
} from '../declaration.ts';

import { PROJECT_ROOT } from '../project-root.ts';
import type { TableNames } from '../table-names.ts';

/** One bundled handler module: what AppSync receives as a resolver's or function's `code`. */
export interface Bundle {
  /** `<sourceApi>/<Type>.<field>` or `<sourceApi>/functions/<name>` */
  key: string;
  sourceFile: string;
  code: string;
}

/**
 * How a resolver source becomes the ESM that APPSYNC_JS accepts: the AppSync modules stay external
 * (the service provides them), no source maps or minification, so what deploys is readable and
 * byte-identical to what the local runtime runs.
 */
const RESOLVER_BUNDLING = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  external: ['@aws-appsync/utils', '@aws-appsync/utils/*'],
  sourcemap: false,
  minify: false,
  treeShaking: true,
  legalComments: 'none',
  logLevel: 'silent',
} as const satisfies BuildOptions;

/**
 * The tables' physical names, written into the code (resolvers/shared/tables.ts reads them as
 * `TABLE_NAMES`): each stage's bundles carry that stage's names, so no resolver depends on which
 * API's environment variables AppSync gives a resolver merged into the Merged API (README, "Table
 * names").
 */
const withTableNames = (names: TableNames) => ({ ...RESOLVER_BUNDLING, define: { TABLE_NAMES: JSON.stringify(names) } });

/** Bundles one resolver source (see RESOLVER_BUNDLING) for the stage whose tables are `names`. */
export function bundleFile(sourceFile: string, names: TableNames): string {
  const result = buildSync({ ...withTableNames(names), entryPoints: [path.resolve(PROJECT_ROOT, sourceFile)] });
  return result.outputFiles[0]!.text;
}

export function sourceFilesOf(api: SourceApiDeclaration): { key: string; sourceFile: string }[] {
  return [
    // A direct Lambda resolver has no code to bundle.
    ...api.resolvers
      .filter((r) => !isDirectLambda(r))
      .map((r) => ({
        key: `${api.name}/${r.typeName}.${r.fieldName}`,
        sourceFile: resolverSourceFile(api, r),
        pipeline: isPipeline(r),
      })),
    ...api.functions.map((f) => ({ key: `${api.name}/functions/${f.name}`, sourceFile: functionSourceFile(api, f.name) })),
  ];
}

export function bundleApi(api: ApiDeclaration, names: TableNames): Map<string, Bundle> {
  const bundles = new Map<string, Bundle>();
  for (const source of api.sourceApis) {
    for (const { key, sourceFile } of sourceFilesOf(source)) {
      bundles.set(key, { key, sourceFile, code: bundleFile(sourceFile, names) });
    }
  }
  return bundles;
}

/**
 * As bundleApi, in one esbuild run over every source file, off the event loop: what the local
 * runtime does while DynamoDB Local starts. Each output is the same bytes bundleFile makes.
 */
export async function bundleApiAsync(api: ApiDeclaration, names: TableNames): Promise<Map<string, Bundle>> {
  const sources = api.sourceApis.flatMap(sourceFilesOf);
  const entryPoints = [...new Set(sources.map((s) => path.resolve(PROJECT_ROOT, s.sourceFile)))];
  if (entryPoints.length === 0) return new Map();
  const result = await build({ ...withTableNames(names), entryPoints, outdir: 'out', metafile: true });
  const entryOf = new Map(
    Object.entries(result.metafile.outputs).map(([out, { entryPoint }]) => [path.resolve(out), path.resolve(entryPoint!)]),
  );
  const codeOf = new Map(result.outputFiles.map((file) => [entryOf.get(file.path)!, file.text]));
  return new Map(
    sources.map(({ key, sourceFile }) => [key, { key, sourceFile, code: codeOf.get(path.resolve(PROJECT_ROOT, sourceFile))! }]),
  );
}

/** Writes bundles to `<outDir>/<key>.js` for CDK's `Code.fromAsset`; returns key → file path. */
export function writeBundles(bundles: Map<string, Bundle>, outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const bundle of bundles.values()) {
    const file = path.join(outDir, `${bundle.key}.js`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bundle.code);
    files.set(bundle.key, file);
  }
  return files;
}
