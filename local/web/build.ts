import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../model/project-root.ts';

/** What the pages are built from: their sources, the SDK they use, and the installed packages. */
const INPUTS = ['web', 'sdk', 'package-lock.json'];
const SKIPPED = new Set(['node_modules', 'dist']);

/** The web app and console as built for one state of their sources. */
export interface WebBuild {
  /** The folder holding `index.html`, `console.html` and `assets/`, once built; rejects with the build's output if it failed. */
  readonly ready: Promise<string>;
  /** The folder if it is built already: pages are answered from it without waiting. */
  readonly dir: () => string | undefined;
  /** Why the build failed, if it did (the pages answer with it). */
  readonly failure: () => Error | undefined;
  /** Stops a build still running. */
  readonly stop: () => void;
}

/**
 * The production build of `web/` (Vite), kept in `<stateDir>/web/<hash of its inputs>/`: a start
 * with unchanged sources serves the kept build at once; otherwise Vite builds it in a child
 * process while the API already answers, so the pages never delay the API's first answer.
 * Concurrent starts build once (a lock file beside the folder), and a build is renamed into place
 * whole, so a folder that exists is complete.
 */
export function webBuild(stateDir: string): WebBuild {
  const dir = path.join(stateDir, 'web', sourceHash());
  if (existsSync(path.join(dir, 'index.html'))) {
    return { ready: Promise.resolve(dir), dir: () => dir, failure: () => undefined, stop: () => {} };
  }
  let built: string | undefined;
  let failure: Error | undefined;
  const vite = new AbortController();
  const ready = build(dir, vite.signal).then(() => (built = dir));
  // A failed build is reported by each page request; nothing else awaits it.
  ready.catch((e: Error) => (failure = e));
  return { ready, dir: () => built, failure: () => failure, stop: () => vite.abort() };
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of filesUnder(path.join(PROJECT_ROOT, input))) {
      hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((e) => !SKIPPED.has(e.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(entry, e.name)) : [path.join(entry, e.name)]))
    .sort();
}

/** One build per state of the sources: another runtime (a test file beside another, `npm start` beside a test run) waits for it. */
async function build(dir: string, signal: AbortSignal): Promise<void> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  while (!takeLock(lock)) {
    if (existsSync(path.join(dir, 'index.html'))) return;
    signal.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    if (!existsSync(path.join(dir, 'index.html'))) await buildInto(dir, signal);
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Creates the lock file, or says another live process holds it (one whose process is gone holds it no more). */
function takeLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const holder = Number(readFileSync(lock, 'utf8'));
    try {
      if (holder) process.kill(holder, 0);
    } catch (gone) {
      if ((gone as NodeJS.ErrnoException).code === 'ESRCH') rmSync(lock, { force: true });
    }
    return false;
  }
}

async function buildInto(dir: string, signal: AbortSignal): Promise<void> {
  const draft = `${dir}.${process.pid}.tmp`;
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--config', path.join(PROJECT_ROOT, 'web', 'vite.config.ts'), '--outDir', draft], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A production build whatever the parent runs as (vitest sets NODE_ENV=test, which makes Vite build React's development mode).
    env: { ...process.env, NODE_ENV: 'production' },
    signal,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once('error', () => {}).once('close', resolve));
  if (code !== 0) {
    rmSync(draft, { recursive: true, force: true });
    throw new Error(`The web app's build failed:\n${output.trim()}`);
  }
  renameSync(draft, dir);
}
