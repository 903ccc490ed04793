import { build } from 'esbuild';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

/** The Lambda runtime every function deploys to (CDK `Runtime.NODEJS_22_X`). */
export const LAMBDA_RUNTIME = 'nodejs22.x';

/**
 * How a handler is bundled, in CDK NodejsFunction's terms: ESM for Node 22 with the AWS SDK
 * bundled in (not the runtime's copy), so the artifact is self-contained and the SDK version is
 * the one tested. `mainFields` prefers packages' ESM builds; the banner gives the CommonJS code
 * esbuild still inlines a `require` for Node's built-ins.
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

/** The file NodejsFunction writes for the ESM format; the Lambda handler string is `index.<export>`. */
export const LAMBDA_BUNDLE_FILE = 'index.mjs';
export const LAMBDA_MODULE = 'index';

/**
 * Bundles a handler entry exactly as CDK's NodejsFunction does with local esbuild
 * (`esbuild --bundle <entry> --target=node22 --platform=node --format=esm …` run in the project
 * root), so the local runtime runs the deployable artifact byte for byte.
 */
export async function bundleLambda(entry: string, outDir: string): Promise<string> {
  return (await bundleLambdaWithInputs(entry, outDir)).file;
}

/** bundleLambda, also naming the source files the bundle was built from (relative to the project root). */
export async function bundleLambdaWithInputs(entry: string, outDir: string): Promise<{ file: string; inputs: string[] }> {
  const outfile = path.join(outDir, LAMBDA_BUNDLE_FILE);
  const result = await build({
    entryPoints: [path.resolve(PROJECT_ROOT, entry)],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    outfile,
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
  return { file: outfile, inputs: Object.keys(result.metafile.inputs) };
}
