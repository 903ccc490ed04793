/**
 * The HTTP load generator, run in its own process so it never competes with the server's event
 * loop. Each of `connections` keep-alive TCP connections sends the next request as soon as the
 * previous response has been read in full (no pipelining). Requests are written as prepared
 * HTTP/1.1 bytes and responses read by Content-Length: node:http's client tops out near 8k req/s
 * on one core here, which would measure the client instead of the servers.
 * argv[2]: JSON {url, headers, body, connections, warmupMs, durationMs}; prints one JSON line.
 */
import net from 'node:net';

interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  warmupMs: number;
  durationMs: number;
}

const options = JSON.parse(process.argv[2]!) as LoadOptions;
const target = new URL(options.url);
const body = Buffer.from(options.body);
const head = [
  `POST ${target.pathname} HTTP/1.1`,
  `host: ${target.host}`,
  'connection: keep-alive',
  'content-type: application/json',
  `content-length: ${body.length}`,
  ...Object.entries(options.headers).map(([k, v]) => `${k}: ${v}`),
  '',
  '',
].join('\r\n');
const request = Buffer.concat([Buffer.from(head), body]);
const HEADER_END = Buffer.from('\r\n\r\n');

const latencies: number[] = [];
let errors = 0;
let sample: string | undefined;
const started = performance.now();
const measureFrom = started + options.warmupMs;
const stopAt = measureFrom + options.durationMs;

function connection(): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(target.port), target.hostname);
    socket.setNoDelay(true);
    let buffered: Buffer = Buffer.alloc(0);
    let sentAt = 0;
    const send = () => {
      sentAt = performance.now();
      if (sentAt >= stopAt) {
        socket.end();
        return;
      }
      socket.write(request);
    };
    socket.on('connect', send);
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      for (;;) {
        const end = buffered.indexOf(HEADER_END);
        if (end < 0) return;
        const headers = buffered.subarray(0, end).toString('latin1');
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(headers)?.[1] ?? 0);
        const total = end + HEADER_END.length + length;
        if (buffered.length < total) return;
        const status = Number(headers.slice(9, 12));
        if (sample === undefined) sample = buffered.subarray(end + HEADER_END.length, total).toString('utf8');
        buffered = buffered.subarray(total);
        if (sentAt >= measureFrom) {
          latencies.push(performance.now() - sentAt);
          if (status !== 200) errors += 1;
        }
        send();
      }
    });
    socket.on('error', () => {
      errors += 1;
      resolve();
    });
    socket.on('close', () => resolve());
  });
}

await Promise.all(Array.from({ length: options.connections }, connection));
const sorted = Float64Array.from(latencies).sort();
const pct = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
process.stdout.write(
  JSON.stringify({
    requests: sorted.length,
    errors,
    rps: sorted.length / (options.durationMs / 1000),
    p50Ms: pct(50),
    p99Ms: pct(99),
    meanMs: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
    sample,
  }) + '\n',
);
