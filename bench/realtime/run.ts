/**
 * `npm run bench:realtime`: real-time fan-out on loopback.
 *   - The runtime runs here with npm start's configuration (its authorization modes, watch mode,
 *     request logs from VIDEOSHOPS_LOG_LEVEL, default ERROR), serving the fixture API: subscribers
 *     use `onLiveEvent(streamId)` (filtered by an argument), events come from the publish-only
 *     `publishLiveEvent` on NONE, signed with the backend publisher's IAM credentials.
 *   - A bare `ws` broadcast of the same frames to the same number of sockets runs beside it.
 *   - Subscribers live in a separate client process, which also sends the events and measures each
 *     delivery from the moment its event's request was sent.
 * Rounds alternate bare and runtime; medians are reported. Then a bounded search for the largest
 * subscriber count that still gets every event.
 *   npm run bench:realtime -- [--subscribers 2000] [--events 100] [--interval 20] [--rounds 3] [--search-events 20] [--max 16000] [--no-search]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalRuntime } from '../../local/runtime.ts';
import { loggingFromEnv } from '../../local/logging/config.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startBareBroadcast } from './bare-broadcast.ts';
import type { SubscribersConfig, SubscribersResult } from './subscribers.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '2000' },
    events: { type: 'string', default: '100' },
    interval: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    'search-events': { type: 'string', default: '20' },
    max: { type: 'string', default: '16000' },
    'no-search': { type: 'boolean', default: false },
  },
});
const subscribers = Math.min(Math.max(1, Number(values.subscribers)), 20_000);
const events = Math.min(Math.max(1, Number(values.events)), 1000);
const intervalMs = Math.min(Math.max(1, Number(values.interval)), 1000);
const rounds = Math.min(Math.max(1, Number(values.rounds)), 10);
const searchEvents = Math.min(Math.max(1, Number(values['search-events'])), 200);
// Each subscriber is a file descriptor in both processes; stay under the limit with room to spare.
const maxSubscribers = Math.min(Number(values.max), 18_000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

type RunResult = SubscribersResult & { serverCpuMs: number };

/**
 * Runs the subscribers in a child process; bounded in time. Adds the CPU this (server) process spent
 * while the events were published and delivered (not while connecting).
 */
function runClient(config: SubscribersConfig): Promise<RunResult> {
  let cpuBefore = process.cpuUsage();
  let serverCpuMs = NaN;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'subscribers.ts')], {
      env: { ...process.env, REALTIME_BENCH_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (String(chunk).includes('phase:publishing')) cpuBefore = process.cpuUsage();
      if (String(chunk).includes('phase:done')) {
        const cpu = process.cpuUsage(cpuBefore);
        serverCpuMs = (cpu.user + cpu.system) / 1000;
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = output.trim().split('\n').at(-1);
      if (code === 0 && line) resolve({ ...(JSON.parse(line) as SubscribersResult), serverCpuMs });
      else reject(new Error(`the subscriber process failed (exit ${code}): ${output}`));
    });
  });
}

/** CPU per delivered event frame, in microseconds: a figure that load on the machine disturbs less than latency. */
const perDelivery = (cpuMs: number, r: SubscribersResult) => (r.delivered ? (1000 * cpuMs) / r.delivered : NaN);

const describe = (r: RunResult) =>
  `${r.target.padEnd(7)} ${String(r.subscribers).padStart(6)} subscribers  delivered ${r.delivered}/${r.expected} (${((100 * r.delivered) / r.expected).toFixed(2)}%)` +
  `  p50 ${ms(r.p50Ms)}  p99 ${ms(r.p99Ms)}  max ${ms(r.maxMs)}` +
  `  CPU/delivery server ${perDelivery(r.serverCpuMs, r).toFixed(1)} µs, client ${perDelivery(r.clientCpuMs, r).toFixed(1)} µs  (connected in ${ms(r.connectMs)})`;

async function main() {
  console.log(
    `Real-time fan-out on ${os.cpus()[0]?.model ?? 'an unknown CPU'}, ${os.availableParallelism()} CPUs, Node ${process.version}`,
  );
  const runtime = await startLocalRuntime({
    api: fixtureApi,
    port: 0,
    tablePrefix: `bench-rt-${randomBytes(3).toString('hex')}-`,
    logging: loggingFromEnv(),
    watch: true,
    progress: (m) => console.log(`  ${m}`),
  });
  const bare = await startBareBroadcast();
  const publisher = { credentials: runtime.auth.iam.principal('fixtureLivePublisher').credentials, region: runtime.auth.iam.region };
  const forRuntime = (n: number, e: number): SubscribersConfig => ({
    target: 'runtime',
    wsUrl: runtime.realtimeUrl,
    httpUrl: runtime.url,
    subscribers: n,
    events: e,
    intervalMs,
    apiKey: runtime.apiKey,
    publisher,
  });
  const forBare = (n: number, e: number): SubscribersConfig => ({
    target: 'bare',
    wsUrl: bare.wsUrl,
    httpUrl: bare.httpUrl,
    subscribers: n,
    events: e,
    intervalMs,
  });

  try {
    console.log(`\nWarm-up: 200 subscribers, 20 events each way`);
    await runClient(forBare(200, 20));
    await runClient(forRuntime(200, 20));

    console.log(`\n${subscribers} subscribers, ${events} events ${intervalMs} ms apart, ${rounds} alternating rounds`);
    const results: { bare: RunResult[]; runtime: RunResult[] } = { bare: [], runtime: [] };
    for (let round = 1; round <= rounds; round += 1) {
      for (const result of [await runClient(forBare(subscribers, events)), await runClient(forRuntime(subscribers, events))]) {
        results[result.target].push(result);
        console.log(`  round ${round}  ${describe(result)}`);
      }
    }
    const summary = (all: RunResult[]) => ({
      delivered: all.reduce((n, r) => n + r.delivered, 0),
      expected: all.reduce((n, r) => n + r.expected, 0),
      p50: median(all.map((r) => r.p50Ms)),
      p99: median(all.map((r) => r.p99Ms)),
      serverCpu: median(all.map((r) => perDelivery(r.serverCpuMs, r))),
    });
    const b = summary(results.bare);
    const r = summary(results.runtime);
    console.log(`\nMedians over ${rounds} rounds:`);
    console.log(
      `  bare ws broadcast  delivered ${b.delivered}/${b.expected}  p50 ${ms(b.p50)}  p99 ${ms(b.p99)}  server CPU ${b.serverCpu.toFixed(1)} µs per delivery`,
    );
    console.log(
      `  runtime            delivered ${r.delivered}/${r.expected}  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  server CPU ${r.serverCpu.toFixed(1)} µs per delivery`,
    );
    console.log(`  runtime p99 / bare p99 = ${(r.p99 / b.p99).toFixed(2)} (target: at most 3)`);

    if (!values['no-search']) {
      console.log(`\nLargest subscriber count with every event delivered (${searchEvents} events, up to ${maxSubscribers}):`);
      const passes = async (n: number) => {
        const result = await runClient(forRuntime(n, searchEvents)).catch((e: Error) => {
          console.log(`  ${n} subscribers: ${e.message.split('\n')[0]}`);
          return undefined;
        });
        if (result) console.log(`  ${describe(result)}`);
        return !!result && result.connected === n && result.delivered === result.expected;
      };
      let good = 0;
      let bad = 0;
      for (let n = subscribers; n <= maxSubscribers; n *= 2) {
        if (await passes(n)) good = n;
        else {
          bad = n;
          break;
        }
        if (n < maxSubscribers && n * 2 > maxSubscribers) n = maxSubscribers / 2;
      }
      // Two bisection steps between the last count that passed and the first that did not.
      for (let step = 0; bad && step < 2 && bad - good > 500; step += 1) {
        const mid = Math.round((good + bad) / 2 / 100) * 100;
        if (await passes(mid)) good = mid;
        else bad = mid;
      }
      console.log(
        bad
          ? `  largest with 100% delivery: ${good} (fails at ${bad})`
          : `  largest with 100% delivery: at least ${good} (the search limit)`,
      );
    }
  } finally {
    await bare.close();
    await runtime.stop();
  }
}

await main();
