import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startDynamoDbLocal } from '../../local/dynamodb-local/local-server.ts';
import { LOCK_FILE } from '../../local/dynamodb-local/data-dir-lock.ts';
import { dynamoDbLocalArgs, dynamoDbLocalHome } from '../../local/dynamodb-local/launcher.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dynamodb-local-lock-'));
  dirs.push(dir);
  return dir;
}

const lockOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'));

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

const answers = (port: number) =>
  fetch(`http://127.0.0.1:${port}`).then(
    () => true,
    () => false,
  );

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 100));
}

/** The pid of a process that has exited: an owner that died. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await exited(child);
  return child.pid!;
}

describe('a DynamoDB Local data directory', () => {
  it('refuses a second server while the first runs, naming it, and is free again once the first stops', { timeout: 90_000 }, async () => {
    const dir = dataDir();
    const first = await startDynamoDbLocal({ dataDir: dir });

    const second = startDynamoDbLocal({ dataDir: dir });

    await expect(second).rejects.toThrow(
      `DynamoDB Local data in ${dir} is in use by another server (pid ${process.pid}, DynamoDB Local pid ${first.pid}`,
    );
    await first.stop();
    const third = await startDynamoDbLocal({ dataDir: dir });
    await third.stop();
  });

  it('has the DynamoDB Local that a dead server left running on it stopped before a new one starts', { timeout: 90_000 }, async () => {
    const dir = dataDir();
    const port = await freePort();
    // Run as the plain jar is: nothing makes it exit with the process that started it.
    const orphan = spawn('java', dynamoDbLocalArgs({ problem: 'plain jar' }, { port, dataDir: dir }), {
      cwd: dynamoDbLocalHome(),
      stdio: 'ignore',
    });
    await until(() => answers(port));
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ owner: await deadPid(), java: orphan.pid, port }));

    const db = await startDynamoDbLocal({ dataDir: dir });

    await exited(orphan);
    expect(await answers(port)).toBe(false);
    expect(lockOf(dir)).toEqual({ owner: process.pid, java: db.pid, port: Number(new URL(db.endpoint).port) });
    await db.stop();
  });

  it(
    'is left by a server killed with SIGKILL with no DynamoDB Local running on it, and taken over by the next',
    { timeout: 90_000 },
    async () => {
      const dir = dataDir();
      const owner = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./owner-process.ts', import.meta.url)), dir], {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve) => owner.stdout!.once('data', resolve));
      const { port } = lockOf(dir);

      owner.kill('SIGKILL');
      await until(async () => !(await answers(port)));
      const db = await startDynamoDbLocal({ dataDir: dir });

      expect(lockOf(dir).owner).toBe(process.pid);
      await db.stop();
    },
  );
});
