import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A secret kept in a file only its owner can read, created on first use. A file an older version
 * wrote world-readable is tightened. Concurrent first starts agree on one value: it is published
 * with an exclusive link and everyone reads back what won.
 */
export function readOrCreateSecret(file: string, create: () => string): string {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const draft = `${file}.${process.pid}.tmp`;
    writeFileSync(draft, create(), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  if (statSync(file).mode & 0o077) chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}
