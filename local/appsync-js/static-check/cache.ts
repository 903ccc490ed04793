import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeDiagnostic } from './diagnostic.ts';

export const DEFAULT_CACHE_DIR = path.resolve(import.meta.dirname, '../../../node_modules/.cache/appsync-static-check');

/** One JSON file per checked code, named by its cache key; the file is its own entry's only state. */
export class DiagnosticsCache {
  constructor(readonly dir: string) {}

  fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** A missing, half-written or foreign file is a miss, never an error. */
  get(key: string): CodeDiagnostic[] | undefined {
    try {
      const entry = JSON.parse(readFileSync(this.fileOf(key), 'utf8')) as { diagnostics?: unknown };
      return Array.isArray(entry.diagnostics) ? (entry.diagnostics as CodeDiagnostic[]) : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Written beside the target and renamed over it: rename is atomic on one file system, so a
   * concurrent reader (another test process) sees either no entry or a whole one.
   */
  set(key: string, diagnostics: CodeDiagnostic[]): void {
    const target = this.fileOf(key);
    const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, JSON.stringify({ diagnostics }));
      renameSync(temporary, target);
    } catch {
      // A cache that cannot be written only costs a re-check next time.
      rmSync(temporary, { force: true });
    }
  }
}
