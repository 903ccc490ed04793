import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENTRY = path.join(import.meta.dirname, 'sandbox-process.ts');
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'appsync-sandbox');

let bundled: string | undefined;

/**
 * The sandbox process's code as one plain JavaScript file (no TypeScript loader, no reads
 * beyond this file), so the process can run with read access to nothing else. Built once per
 * host process; the file is named by its content, so concurrent hosts never overwrite each other.
 */
export function sandboxProcessFile(): string {
  if (bundled) return bundled;
  const result = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'silent',
    // Some bundled CommonJS packages call require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const code = result.outputFiles[0]!.text;
  const file = path.join(CACHE_DIR, `sandbox-process-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  }
  bundled = file;
  return file;
}

/**
 * Node's permission model for the sandbox process: it may read its own code and nothing else,
 * and may not write files, start processes or workers, or load native addons.
 * `--permission` since Node 22.13 / 23.5; `--experimental-permission` before.
 */
export function permissionFlags(file: string): string[] {
  const flag = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
  return [flag, `--allow-fs-read=${file}`];
}
