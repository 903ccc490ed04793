/**
 * `npm test`: the type-check, the lint and the format check run beside the test suite instead of before it. The
 * suite spends much of its time waiting on sockets, timers and child processes, which leaves CPU
 * to them; they run at a lower priority so the suite's timing-sensitive waits are not starved.
 * Their output follows the suite's; any failure fails the command. Arguments go to vitest.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

interface Outcome {
  name: string;
  code: number;
  output: string;
}

function check(name: string, args: string[] = []): Promise<Outcome> {
  const child = spawn('npm', ['run', '-s', name, ...(args.length ? ['--', ...args] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    setPriority(child.pid!, 10);
  } catch {
    // Some systems refuse: it then competes with the suite at the same priority, which only costs time.
  }
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.once('close', (code) => resolve({ name, code: code ?? 1, output })));
}

// tsc keeps what it learnt between runs: a second run re-checks only what changed.
const checks = [
  check('typecheck', ['--incremental', '--tsBuildInfoFile', 'node_modules/.cache/typecheck.tsbuildinfo']),
  check('lint'),
  check('format:check'),
];
const suite = await new Promise<number>((resolve) =>
  spawn('vitest', ['run', ...process.argv.slice(2)], { stdio: 'inherit' }).once('close', (code) => resolve(code ?? 1)),
);
let failed = suite !== 0;
for (const outcome of await Promise.all(checks)) {
  console.log(`\nnpm run ${outcome.name}: ${outcome.code === 0 ? 'passed' : 'FAILED'}`);
  if (outcome.output.trim()) console.log(outcome.output.trimEnd());
  if (outcome.code !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
