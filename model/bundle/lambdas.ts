import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, buildSync, type BuildOptions, type BuildResult } from 'esbuild';
import { PROJECT_ROOT } from '../project-root.ts';

/** The Lambda runtime every function deploys to (CDK `Runtime.NODEJS_22_X`). */
export const LAMBDA_RUNTIME = 'nodejs22.x';

/**
 * How a handler is bundled: ESM for Node 22 with the AWS SDK bundled in (not the runtime's copy),
 * so the artifact is self-contained and the SDK version is the one tested. `mainFields` prefers
 * packages' ESM builds; the banner gives the CommonJS code esbuild still inlines a `require` for
 * Node's built-ins.
 */
export const LAMBDA_BUNDLING = {
  format: 'esm',
  target: 'node22',
  platform: 'node',
  mainFields: ['module', 'main'],
  banner: "import { createRequire } from 'module';const require = createRequire(import.meta.url);",
  externalModules: [] as string[],
  minify: false,
  sourceMap: false,
} as const;

/** The bundle's file name; the Lambda handler string is `index.<export>`. */
export const LAMBDA_BUNDLE_FILE = 'index.mjs';
export const LAMBDA_MODULE = 'index';

const options = (entry: string): BuildOptions & { write: false; metafile: true } => ({
  entryPoints: [path.resolve(PROJECT_ROOT, entry)],
  absWorkingDir: PROJECT_ROOT,
  bundle: true,
  outfile: LAMBDA_BUNDLE_FILE,
  write: false,
  format: LAMBDA_BUNDLING.format,
  target: LAMBDA_BUNDLING.target,
  platform: LAMBDA_BUNDLING.platform,
  mainFields: [...LAMBDA_BUNDLING.mainFields],
  banner: { js: LAMBDA_BUNDLING.banner },
  external: [...LAMBDA_BUNDLING.externalModules],
  minify: LAMBDA_BUNDLING.minify,
  sourcemap: LAMBDA_BUNDLING.sourceMap,
  metafile: true,
  logLevel: 'silent',
});

interface Bundle {
  code: Uint8Array;
  /** The project's own source files in it (node_modules is fixed for a run) and their times of change. */
  sources: Map<string, number>;
}

/**
 * This process's last bundle of each entry, reused while none of its own source files changed:
 * every runtime a test run starts, and every stage a synth builds, would otherwise bundle the same
 * handlers with the AWS SDK again. Watch mode's edits change a source's time.
 */
const bundles = new Map<string, Bundle>();

const modifiedAt = (file: string) => statSync(path.resolve(PROJECT_ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? -1;

function remembered(entry: string): Uint8Array | undefined {
  const bundle = bundles.get(entry);
  if (!bundle) return undefined;
  for (const [file, time] of bundle.sources) if (modifiedAt(file) !== time) return undefined;
  return bundle.code;
}

function remember(entry: string, result: BuildResult<{ write: false; metafile: true }>): Uint8Array {
  const own = Object.keys(result.metafile.inputs).filter((input) => !input.split('/').includes('node_modules'));
  const code = result.outputFiles[0]!.contents;
  bundles.set(entry, { code, sources: new Map(own.map((file) => [file, modifiedAt(file)])) });
  return code;
}

/**
 * Bundles a handler entry with esbuild in the project root. The CDK app deploys this bundle
 * (`Code.fromAsset`) and the local runtime runs it, so both run the same bytes.
 */
export async function bundleLambda(entry: string, outDir: string): Promise<string> {
  const code = remembered(entry) ?? remember(entry, await build(options(entry)));
  const file = path.join(outDir, LAMBDA_BUNDLE_FILE);
  await mkdir(outDir, { recursive: true });
  await writeFile(file, code);
  return file;
}

/** bundleLambda for synchronous callers (CDK constructs); the folder holds `index.mjs`. */
export function bundleLambdaSync(entry: string, outDir: string): string {
  const code = remembered(entry) ?? remember(entry, buildSync(options(entry)));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, LAMBDA_BUNDLE_FILE), code);
  return outDir;
}
