import { execFileSync } from 'node:child_process';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Who holds a data directory: the Node process that started DynamoDB Local, and that Java process. */
interface LockHolder {
  owner: number;
  java?: number;
  port?: number;
}

export const LOCK_FILE = 'dynamodb-local.lock';

/**
 * One server per DynamoDB Local data directory: two on the same SQLite files would each serve its own
 * stale view and overwrite the other's writes. A lock whose owner is dead is stale; the DynamoDB Local
 * it records, if still running, is an orphan on these files and is stopped before anything starts.
 */
export class DataDirLock {
  private constructor(readonly file: string) {}

  static async acquire(dataDir: string): Promise<DataDirLock> {
    const file = path.join(dataDir, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (publish(file, { owner: process.pid }, 'exclusive')) return new DataDirLock(file);
      const text = readText(file);
      if (text === undefined) continue;
      const holder = parse(text);
      if (holder && isAlive(holder.owner)) {
        const java = holder.java ? `, DynamoDB Local pid ${holder.java}${holder.port ? ` on port ${holder.port}` : ''}` : '';
        throw new Error(
          `DynamoDB Local data in ${dataDir} is in use by another server (pid ${holder.owner}${java}). ` +
            `Stop that server first; if no such process is running, delete ${file}.`,
        );
      }
      if (holder?.java) await stopOrphan(holder.java, dataDir);
      // Only the stale lock as read: another start may have replaced it meanwhile.
      if (readText(file) === text) rmSync(file, { force: true });
    }
    throw new Error(`Could not lock ${dataDir}: ${file} keeps changing`);
  }

  /** Records the Java process, so a start after this owner's crash can find and stop it. */
  record(java: number, port: number): void {
    publish(this.file, { owner: process.pid, java, port }, 'replace');
  }

  release(): void {
    if (parse(readText(this.file) ?? '')?.owner === process.pid) rmSync(this.file, { force: true });
  }
}

/** Writes a complete file under its final name (readers never see it half written): exclusively, or replacing. */
function publish(file: string, holder: LockHolder, mode: 'exclusive' | 'replace'): boolean {
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, JSON.stringify(holder));
  try {
    if (mode === 'replace') renameSync(draft, file);
    else linkSync(draft, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(draft, { force: true });
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function parse(text: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.owner) ? holder : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Its command line, if the process exists and is not a zombie. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    // No /proc (macOS): ask ps.
  }
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  } catch {
    return undefined;
  }
}

/** A pid can be reused: only a DynamoDB Local on this very directory is taken for the orphan. */
const isDynamoDbLocalOn = (pid: number, dataDir: string) => {
  const command = commandLine(pid);
  return !!command && command.includes('DynamoDBLocal') && command.includes(dataDir);
};

async function stopOrphan(pid: number, dataDir: string): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGTERM', 5000],
    ['SIGKILL', 5000],
  ] as const) {
    if (!isDynamoDbLocalOn(pid, dataDir)) return;
    try {
      process.kill(pid, signal);
    } catch {
      // It exited since it was looked at.
    }
    const deadline = Date.now() + waitMs;
    while (isDynamoDbLocalOn(pid, dataDir) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  }
  if (isDynamoDbLocalOn(pid, dataDir))
    throw new Error(`DynamoDB Local pid ${pid}, left running on ${dataDir} by a server that died, could not be stopped`);
}
