/**
 * `npm run bench`: the local runtime's performance, next to plain graphql-js.
 *   (a) resolver evaluation: a unit resolver on NONE evaluated in a loop in the APPSYNC_JS sandbox;
 *   (b) HTTP: a query of three fields (three JS resolvers on NONE) at 50 keep-alive connections,
 *       against the runtime started with npm start's configuration (its authorization modes,
 *       watch mode, request logs from VIDEOSHOPS_LOG_LEVEL, default ERROR) and against the same
 *       schema on plain graphql-js + node:http caching parsed and validated documents.
 * The load generator runs in a child process; everything is on loopback and bounded in time.
 * The two servers are measured in alternating rounds and the medians reported, so that other load
 * on the machine weighs on both alike.
 *   npm run bench -- [--rounds 3] [--duration 5] [--warmup 2] [--connections 50] [--iterations 20000] [--only evaluation|http]
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalRuntime } from '../local/runtime.ts';
import { loggingFromEnv } from '../local/logging/config.ts';
import { BENCH_QUERY, BENCH_VARIABLES, benchApi } from './api.ts';
import { benchEvaluation } from './evaluation.ts';
import { startPlainServer } from './plain-server.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

interface LoadFigures {
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  sample?: string;
}

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    iterations: { type: 'string', default: '20000' },
    only: { type: 'string' },
  },
});
const durationMs = Math.min(Number(values.duration) * 1000, 60_000);
const warmupMs = Math.min(Number(values.warmup) * 1000, 10_000);
const connections = Math.min(Number(values.connections), 200);
const iterations = Math.min(Number(values.iterations), 1_000_000);
const rounds = Math.max(1, Math.min(Number(values.rounds), 10));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function medianFigures(all: LoadFigures[]): LoadFigures {
  return {
    requests: all.reduce((n, f) => n + f.requests, 0),
    errors: all.reduce((n, f) => n + f.errors, 0),
    rps: median(all.map((f) => f.rps)),
    p50Ms: median(all.map((f) => f.p50Ms)),
    p99Ms: median(all.map((f) => f.p99Ms)),
    meanMs: median(all.map((f) => f.meanMs)),
  };
}

/** Runs the load generator in its own process against one endpoint. */
function load(url: string, headers: Record<string, string>): Promise<LoadFigures> {
  const args = JSON.stringify({
    url,
    headers,
    body: JSON.stringify({ query: BENCH_QUERY, variables: BENCH_VARIABLES }),
    connections,
    warmupMs,
    durationMs,
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'load-generator.ts'), args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), warmupMs + durationMs + 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()!));
      else reject(new Error(`load generator exited with ${code}`));
    });
  });
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const [load1] = os.loadavg();
console.log(
  `Videoshops local runtime benchmark\n  machine: ${machine}\n  load average before the run: ${load1!.toFixed(2)}${load1! > 1 ? '  (other work is running: absolute figures will be low; compare the ratio)' : ''}\n`,
);

if (!values.only || values.only === 'evaluation') {
  const e = await benchEvaluation(iterations);
  console.log(`(a) resolver evaluation, ${e.iterations} iterations (Query.first, unit resolver on NONE)`);
  console.log(
    `    request handler (fresh ctx + module top level + handler): ${e.handlerMicros.toFixed(1)} µs   target < 50 µs  ${e.handlerMicros < 50 ? 'met' : 'MISSED'}`,
  );
  console.log(`    unit resolution on NONE through the sandbox process (one round trip), one at a time: ${e.resolverMicros.toFixed(1)} µs`);
  console.log(
    `    the same, 50 in flight (batched), per resolution:                                   ${e.concurrentResolverMicros.toFixed(1)} µs\n`,
  );
}

if (!values.only || values.only === 'http') {
  const logging = loggingFromEnv();
  const runtime = await startLocalRuntime({
    api: benchApi,
    port: 0,
    tablePrefix: 'bench-local-',
    watch: true,
    logging,
    progress: (m) => console.log(`    runtime: ${m}`),
  });
  const plain = await startPlainServer();
  try {
    const headers = { 'x-api-key': runtime.apiKey };
    const check = async (url: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: BENCH_QUERY, variables: BENCH_VARIABLES }),
      });
      return JSON.stringify(await res.json());
    };
    const [fromRuntime, fromPlain] = [await check(runtime.url), await check(plain.url)];
    if (fromRuntime !== fromPlain)
      throw new Error(`The two servers answer differently:\n  runtime: ${fromRuntime}\n  plain:   ${fromPlain}`);

    console.log(
      `\n(b) HTTP, ${connections} connections, ${rounds} alternating rounds of ${warmupMs / 1000} s warm-up + ${durationMs / 1000} s measured, runtime log level ${logging.level}`,
    );
    const row = (name: string, f: LoadFigures) =>
      `    ${name.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${f.p50Ms.toFixed(2).padStart(6)} ms   p99 ${f.p99Ms.toFixed(2).padStart(6)} ms   errors ${f.errors}`;
    const runtimeRounds: LoadFigures[] = [];
    const plainRounds: LoadFigures[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const loadBefore = os.loadavg()[0]!;
      runtimeRounds.push(await load(runtime.url, headers));
      plainRounds.push(await load(plain.url, headers));
      console.log(
        `    round ${round}: runtime ${runtimeRounds.at(-1)!.rps.toFixed(0)} req/s, baseline ${plainRounds.at(-1)!.rps.toFixed(0)} req/s, ratio ${(runtimeRounds.at(-1)!.rps / plainRounds.at(-1)!.rps).toFixed(2)}   (load average before: ${loadBefore.toFixed(2)})`,
      );
    }
    const runtimeFigures = medianFigures(runtimeRounds);
    const plainFigures = medianFigures(plainRounds);
    console.log('  medians:');
    console.log(row('local AppSync runtime', runtimeFigures));
    console.log(row('graphql-js, cached documents', plainFigures));
    const ratio = median(runtimeRounds.map((f, i) => f.rps / plainRounds[i]!.rps));
    console.log(`    ratio runtime / baseline (median of rounds): ${ratio.toFixed(2)}   target ≥ 0.70  ${ratio >= 0.7 ? 'met' : 'MISSED'}`);
    if (runtimeFigures.errors || plainFigures.errors) process.exitCode = 1;
  } finally {
    await plain.stop();
    await runtime.stop();
  }
}
