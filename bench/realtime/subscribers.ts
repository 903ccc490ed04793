/**
 * The client side of the fan-out benchmark, in its own process: opens N WebSocket subscribers, then
 * publishes E events at a fixed interval and measures, for every delivery, the time from the moment
 * its event's publishing request was sent to the moment the frame arrived. Prints one JSON line.
 *
 * Target `runtime`: AppSync's protocol (API key handshake, `start` of `onLiveEvent(streamId)`), events
 * published by `publishLiveEvent` signed with the backend publisher's IAM credentials.
 * Target `bare`: plain sockets, events POSTed to the bare broadcast server as the frames' payloads.
 */
import { Agent, request } from 'node:http';
import WebSocket from 'ws';
import { appSyncAuthHeaders, type AwsCredentials } from '../../local/auth/request-headers.ts';

export interface SubscribersConfig {
  target: 'runtime' | 'bare';
  wsUrl: string;
  httpUrl: string;
  subscribers: number;
  events: number;
  intervalMs: number;
  /** runtime: the API key subscribers authorize with, and the publisher's IAM credentials. */
  apiKey?: string;
  publisher?: { credentials: AwsCredentials; region: string };
}

export interface SubscribersResult {
  target: SubscribersConfig['target'];
  subscribers: number;
  connected: number;
  events: number;
  expected: number;
  delivered: number;
  duplicates: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  connectMs: number;
  /** CPU this process spent from the first event sent to the last delivery (receiving, mostly). */
  clientCpuMs: number;
}

export const STREAM_ID = 'bench-stream';
const SELECTION = 'streamId kind seq body author { name tier } tags';
const SUBSCRIPTION = `subscription ($streamId: ID) { onLiveEvent(streamId: $streamId) { ${SELECTION} } }`;
const PUBLISH = `mutation ($input: LiveEventInput!) { publishLiveEvent(input: $input) { ${SELECTION} } }`;

/** The event of sequence number `seq`, in the subscription's field order (what the runtime delivers). */
export const liveEvent = (seq: number) => ({
  streamId: STREAM_ID,
  kind: 'pin',
  seq,
  body: `Product ${seq} pinned: limited edition sneakers, 20% off for the next ten minutes`,
  author: { name: 'Cora Creator', tier: 'gold' },
  tags: ['sneakers', 'flash-sale'],
});

const SEQ_KEY = Buffer.from('"seq":');
/** The same lean client for both targets: no compression, no UTF-8 validation of every frame. */
const CLIENT_OPTIONS = { perMessageDeflate: false, skipUTF8Validation: true };
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

function post(url: string, body: string, headers: Record<string, string>, sent: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    sent();
    req.end(body);
  });
}

/** Tells the parent process where the run is, so that it measures its own CPU over the same span. */
const phase = (name: string) => {
  if (process.env.REALTIME_BENCH_CONFIG) process.stdout.write(`phase:${name}\n`);
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runSubscribers(config: SubscribersConfig): Promise<SubscribersResult> {
  const { subscribers: n, events } = config;
  const sentAt = new Float64Array(events + 1);
  const latencies = new Float64Array(n * events);
  const seen = new Uint8Array(n * (events + 1));
  let delivered = 0;
  let duplicates = 0;
  const host = new URL(config.httpUrl).host;
  const authorization = { host, 'x-api-key': config.apiKey ?? '' };
  const header = `header-${Buffer.from(JSON.stringify(authorization)).toString('base64url')}`;
  const data = JSON.stringify({ query: SUBSCRIPTION, variables: { streamId: STREAM_ID } });
  const sockets: WebSocket[] = [];

  const open = (index: number) =>
    new Promise<boolean>((resolve) => {
      const runtime = config.target === 'runtime';
      const socket = runtime
        ? new WebSocket(config.wsUrl, ['graphql-ws', header], CLIENT_OPTIONS)
        : new WebSocket(config.wsUrl, CLIENT_OPTIONS);
      sockets.push(socket);
      let ready = false;
      const settle = (ok: boolean) => {
        if (ready) return;
        ready = true;
        resolve(ok);
      };
      socket.on('error', () => settle(false));
      socket.on('close', () => settle(false));
      if (runtime) socket.on('open', () => socket.send('{"type":"connection_init"}'));
      socket.on('message', (raw: Buffer) => {
        const received = performance.now();
        if (ready) {
          // The hot path reads the sequence number straight from the frame's bytes.
          const at = raw.indexOf(SEQ_KEY);
          if (at < 0) return;
          let seq = 0;
          for (let i = at + SEQ_KEY.length; i < raw.length; i += 1) {
            const c = raw[i]!;
            if (c < 48 || c > 57) break;
            seq = seq * 10 + (c - 48);
          }
          const slot = index * (events + 1) + seq;
          if (seen[slot]) duplicates += 1;
          else {
            seen[slot] = 1;
            latencies[delivered] = received - sentAt[seq]!;
            delivered += 1;
          }
          return;
        }
        const message = JSON.parse(raw.toString()) as { type: string };
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: `sub-${index}`, type: 'start', payload: { data, extensions: { authorization } } }));
        } else if (message.type === 'start_ack') {
          settle(true);
        } else if (message.type === 'error' || message.type === 'connection_error') {
          settle(false);
        }
      });
    });

  // Connect in batches: thousands of simultaneous handshakes would only measure the accept queue.
  const connectStarted = performance.now();
  let connected = 0;
  for (let i = 0; i < n; i += 250) {
    const batch = await Promise.all(Array.from({ length: Math.min(250, n - i) }, (_, j) => open(i + j)));
    connected += batch.filter(Boolean).length;
  }
  const connectMs = performance.now() - connectStarted;

  const expected = n * events;
  const cpuBefore = process.cpuUsage();
  phase('publishing');
  if (connected === n) {
    const start = performance.now();
    const publishes: Promise<number>[] = [];
    for (let seq = 1; seq <= events; seq += 1) {
      const due = start + (seq - 1) * config.intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const mark = () => (sentAt[seq] = performance.now());
      if (config.target === 'runtime') {
        const body = JSON.stringify({ query: PUBLISH, variables: { input: liveEvent(seq) } });
        const headers = await appSyncAuthHeaders(
          { iam: config.publisher!.credentials, region: config.publisher!.region },
          { url: config.httpUrl, body },
        );
        publishes.push(post(config.httpUrl, body, headers, mark));
      } else {
        publishes.push(post(config.httpUrl, JSON.stringify({ data: { onLiveEvent: liveEvent(seq) } }), {}, mark));
      }
    }
    const statuses = await Promise.all(publishes);
    if (statuses.some((s) => s !== 200)) throw new Error(`publishing failed: HTTP ${statuses.find((s) => s !== 200)}`);
    // Wait for the last deliveries while they keep coming: at most 60 s, giving up after 5 s without one.
    const deadline = performance.now() + 60_000;
    let last = delivered;
    let lastProgress = performance.now();
    while (delivered < expected && performance.now() < deadline && performance.now() - lastProgress < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (delivered !== last) [last, lastProgress] = [delivered, performance.now()];
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  phase('done');
  for (const socket of sockets) socket.terminate();
  agent.destroy();

  const sorted = latencies.slice(0, delivered).sort();
  return {
    target: config.target,
    subscribers: n,
    connected,
    events,
    expected,
    delivered,
    duplicates,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : NaN,
    connectMs,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

// Run as a child process: the configuration comes in an environment variable, the result goes out as JSON.
if (process.env.REALTIME_BENCH_CONFIG) {
  const result = await runSubscribers(JSON.parse(process.env.REALTIME_BENCH_CONFIG) as SubscribersConfig);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}
