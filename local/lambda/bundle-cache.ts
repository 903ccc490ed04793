import { mkdir, stat, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleLambdaWithInputs, LAMBDA_BUNDLE_FILE } from '../../model/bundle/lambdas.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';

interface Cached {
  code: Buffer;
  /** The project's own source files in the bundle (not node_modules, fixed for a run) and their times of change. */
  sources: Map<string, number>;
}

const cache = new Map<string, Promise<Cached>>();

const modifiedAt = async (file: string) => (await stat(path.resolve(PROJECT_ROOT, file)).catch(() => undefined))?.mtimeMs ?? -1;

/**
 * bundleLambda, reusing this process's last bundle of the entry while none of its own source files
 * has changed since: every runtime a test run starts would otherwise bundle the same handlers with
 * the AWS SDK again. The bytes are the same either way; watch mode's edits change a source's time.
 */
export async function bundleLambdaCached(entry: string, outDir: string): Promise<string> {
  const previous = cache.get(entry);
  const reusable = previous && (await previous.then(unchanged, () => false));
  if (!reusable) {
    cache.set(
      entry,
      bundleLambdaWithInputs(entry, outDir).then(async ({ file, inputs }) => {
        const own = inputs.filter((input) => !input.split(path.sep).includes('node_modules') && !input.includes('node_modules/'));
        const sources = new Map(await Promise.all(own.map(async (input) => [input, await modifiedAt(input)] as const)));
        return { code: await readFile(file), sources };
      }),
    );
    cache.get(entry)!.catch(() => cache.delete(entry));
  }
  const { code } = await cache.get(entry)!;
  const file = path.join(outDir, LAMBDA_BUNDLE_FILE);
  await mkdir(outDir, { recursive: true });
  await writeFile(file, code);
  return file;
}

async function unchanged(cached: Cached): Promise<boolean> {
  for (const [file, time] of cached.sources) if ((await modifiedAt(file)) !== time) return false;
  return true;
}
