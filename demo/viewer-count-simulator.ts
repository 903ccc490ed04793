/**
 * Stands in for the production viewer-count aggregator while `npm start` runs: every few seconds
 * it lists the streams LIVE now and reports a believable audience for each through the public
 * API, calling `updateViewerCount` signed with SigV4 as the aggregator's IAM principal, exactly
 * as the deployed aggregator does. Subscribers of onLiveStreamEvent see the counts move.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { appSyncAuthHeaders, type AwsCredentials } from '../local/auth/request-headers.ts';

export const AGGREGATOR_PRINCIPAL = 'viewerCountAggregator';

export interface ViewerCountSimulatorOptions {
  /** The GraphQL endpoint the reports go through (the Merged API's, so its subscribers hear them). */
  url: string;
  /** For listing what is live, as an anonymous viewer would. */
  apiKey: string;
  /** The certificate an `https://` url is served with (the runtime's own self-signed one under `npm start -- --https`). */
  ca?: string;
  /** The aggregator principal's credentials and region. */
  credentials: AwsCredentials;
  region: string;
  /** Between rounds of reports; default 3 s. */
  intervalMs?: number;
  /** A number in [0, 1); default Math.random. */
  random?: () => number;
  /** A round that failed (the API unreachable, a report refused), said once until a round succeeds; default: nothing said. */
  onError?: (error: Error) => void;
}

export interface ViewerCountSimulator {
  /** One round now: list what is live and report each stream's audience. Resolves with the reports made. */
  tick(): Promise<{ streamId: string; viewerCount: number }[]>;
  stop(): Promise<void>;
}

const LIVE_NOW = 'query LiveNow($nextToken: String) { liveNow(limit: 100, nextToken: $nextToken) { items { id viewerCount } nextToken } }';
const REPORT = `mutation UpdateViewerCount($streamId: ID!, $viewerCount: Int!) {
  updateViewerCount(streamId: $streamId, viewerCount: $viewerCount) { streamId kind at viewerCount }
}`;

/** The next audience: a stream that just started fills up; one on air drifts a few percent either way. */
export function nextViewerCount(current: number, random: () => number): number {
  if (current < 50) return current + 5 + Math.floor(random() * 40);
  const drift = Math.round(current * (random() - 0.48) * 0.06);
  return Math.max(0, current + drift + Math.floor(random() * 5) - 2);
}

export function startViewerCountSimulator(options: ViewerCountSimulatorOptions): ViewerCountSimulator {
  const random = options.random ?? Math.random;
  const intervalMs = options.intervalMs ?? 3000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function graphql<Data>(body: string, headers: Record<string, string>): Promise<Data> {
    const res = await post(options.url, body, { 'content-type': 'application/json', ...headers }, options.ca);
    const json = JSON.parse(res.body) as { data?: Data; errors?: { errorType?: string; message: string }[] };
    if (res.status !== 200 || json.errors?.length) {
      const error = json.errors?.[0];
      throw new Error(`${error?.errorType ?? `HTTP ${res.status}`}: ${error?.message ?? 'no answer'}`);
    }
    return json.data as Data;
  }

  async function liveNow(): Promise<{ id: string; viewerCount: number }[]> {
    const streams: { id: string; viewerCount: number }[] = [];
    let nextToken: string | null = null;
    do {
      const body = JSON.stringify({ query: LIVE_NOW, variables: { nextToken } });
      type Page = { items: { id: string; viewerCount: number }[]; nextToken: string | null };
      const page: Page = (await graphql<{ liveNow: Page }>(body, { 'x-api-key': options.apiKey })).liveNow;
      streams.push(...page.items);
      nextToken = page.nextToken;
    } while (nextToken);
    return streams;
  }

  async function report(streamId: string, viewerCount: number) {
    const body = JSON.stringify({ query: REPORT, variables: { streamId, viewerCount } });
    const headers = await appSyncAuthHeaders({ iam: options.credentials, region: options.region }, { url: options.url, body });
    await graphql(body, headers);
  }

  async function tick() {
    const reports: { streamId: string; viewerCount: number }[] = [];
    for (const stream of await liveNow()) {
      const viewerCount = nextViewerCount(stream.viewerCount, random);
      try {
        await report(stream.id, viewerCount);
        reports.push({ streamId: stream.id, viewerCount });
      } catch (e) {
        // A stream that ended since it was listed refuses its report: nothing to say about that.
        if (!/^STREAM_NOT_LIVE|^NOT_FOUND/.test((e as Error).message)) throw e;
      }
    }
    return reports;
  }

  let lastError: string | undefined;
  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .then(() => {
          lastError = undefined;
        })
        .catch((e: Error) => {
          if (e.message !== lastError) options.onError?.(e);
          lastError = e.message;
        })
        .finally(schedule);
    }, intervalMs);
  }
  schedule();

  return {
    tick: () => {
      const round = tick();
      running = round.catch(() => {});
      return round;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** A POST over HTTP or HTTPS; Node's `fetch` cannot be told to trust one more certificate. */
function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  ca: string | undefined,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, ca }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
