import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { createRealtimeClient, realtimeUrl, type RealtimeOptions } from '../../sdk/src/realtime/index.ts';
import { callEndpoint, livePublisher } from '../realtime/support.ts';
import { graphql, post, startTestRuntime } from '../support/runtime.ts';
import { authorizer } from '../../sdk/src/auth.ts';
import { NetworkHop, nextHeard, recordingWebSocket } from './realtime-support.ts';

type LiveEvent = { onLiveEvent: { streamId: string; seq: number } };
const ON_STREAM = 'subscription ($streamId: ID) { onLiveEvent(streamId: $streamId) { streamId seq } }';
const SEND = 'mutation ($input: LiveEventInput!) { sendLiveEvent(input: $input) { streamId seq } }';
/** How long a socket may be silent, as the runtime's `connection_ack` says; it sends `ka` every 100 ms. */
const CONNECTION_TIMEOUT_MS = 1_000;

let runtime: LocalRuntime;
let hop: NetworkHop;
const send = (streamId: string, seq: number) => graphql(runtime, SEND, { input: { streamId, seq } });
const event = (streamId: string, seq: number) => ({ data: { onLiveEvent: { streamId, seq } }, errors: [] });

/** A realtime client of the runtime through the hop, reconnecting at once. */
const client = (options: Partial<RealtimeOptions> = {}) =>
  createRealtimeClient({
    url: hop.via(runtime.url),
    authorize: authorizer({ type: 'apiKey', apiKey: runtime.apiKey }),
    WebSocket,
    reconnect: { baseDelayMs: 20 },
    ...options,
  });

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { realtime: { keepAliveIntervalMs: 100, connectionTimeoutMs: CONNECTION_TIMEOUT_MS } });
  hop = await NetworkHop.start(runtime.url);
});

afterEach(() => {
  hop.refusing = false;
});

afterAll(async () => {
  await hop?.close();
  await runtime?.stop();
});

describe('The realtime URL', () => {
  it('is derived from the GraphQL URL as AppSync serves it: the appsync-realtime-api host, or <url>/realtime elsewhere', () => {
    expect(realtimeUrl('https://abcdefghijklmnopqrstuvwxyz.appsync-api.eu-west-1.amazonaws.com/graphql')).toBe(
      'wss://abcdefghijklmnopqrstuvwxyz.appsync-realtime-api.eu-west-1.amazonaws.com/graphql',
    );
    expect(realtimeUrl('https://api.videoshops.example/graphql')).toBe('wss://api.videoshops.example/graphql/realtime');
    expect(realtimeUrl('http://127.0.0.1:4000/graphql')).toBe('ws://127.0.0.1:4000/graphql/realtime');
  });
});

describe('A subscription', () => {
  it('delivers the events of mutations, in order, with every subscription of a client on one socket', async () => {
    // Prepare
    const accepted = hop.accepted;
    const realtime = client();
    const first = realtime.subscribe<LiveEvent>(ON_STREAM, { streamId: 'deliver-1' });
    const second = realtime.subscribe<LiveEvent>(ON_STREAM, { streamId: 'deliver-2' });
    const pushed: unknown[] = [];
    const observed = second.subscribe({ next: (result) => pushed.push(result) });

    // Act
    expect(await Promise.all([first.ready, second.ready])).toEqual([true, true]);
    await send('deliver-1', 1);
    await send('deliver-2', 2);
    await send('deliver-1', 3);

    // Assess
    expect((await first.next()).value).toEqual(event('deliver-1', 1));
    expect((await first.next()).value).toEqual(event('deliver-1', 3));
    await vi.waitFor(() => expect(pushed).toEqual([event('deliver-2', 2)]), { timeout: 5_000 });
    expect(hop.accepted - accepted).toBe(1);
    await first.return();
    observed.unsubscribe();
  });

  it('is stopped by return(): the server is sent stop and answers complete, the socket closes, nothing reconnects', async () => {
    // Prepare
    const accepted = hop.accepted;
    const recording = recordingWebSocket();
    const subscription = client({ WebSocket: recording.WebSocket }).subscribe<LiveEvent>(ON_STREAM, { streamId: 'stop-1' });
    await subscription.ready;
    await send('stop-1', 1);
    await subscription.next();

    // Act
    await subscription.return();
    await vi.waitFor(() => expect(recording.allClosed()).toBe(true), { timeout: 5_000 });
    await send('stop-1', 2);

    // Assess
    expect(recording.frames()).toEqual([
      '→ connection_init',
      '← connection_ack',
      '→ start',
      '← start_ack',
      '← data',
      '→ stop',
      '← complete',
    ]);
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
    expect(hop.accepted - accepted).toBe(1);
  });

  it('leaves nothing running once stopped: a Node process exits by itself', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'realtime-exit-client.ts')], {
      env: { ...process.env, ENDPOINT: runtime.url, API_KEY: runtime.apiKey },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output === 'ready\n') void send('exit-1', 1);
    });
    const killer = setTimeout(() => child.kill(), 20_000);

    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (...exit) => resolve(exit)));
    clearTimeout(killer);

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(output.split('\n').slice(1)).toEqual([JSON.stringify(event('exit-1', 1)), '']);
  });

  it('ends when the server completes it (an invalidation), with the socket closed', async () => {
    const recording = recordingWebSocket();
    const subscription = client({ WebSocket: recording.WebSocket }).subscribe(
      'subscription { onFilteredLiveEvent(streamId: "closing") { seq } }',
    );
    await subscription.ready;

    const closed = await callEndpoint(runtime.url, livePublisher(runtime), 'mutation { closeLiveStream(streamId: "closing") }');

    expect(closed.body).toEqual({ data: { closeLiveStream: true } });
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
    await vi.waitFor(() => expect(recording.allClosed()).toBe(true), { timeout: 5_000 });
  });
});

describe('The WebSocket', () => {
  it('is the global one when none is given, and its absence (Node 20) is said at the first subscription', async () => {
    const options = { url: runtime.url, authorize: authorizer({ type: 'apiKey', apiKey: runtime.apiKey }) };
    const global = globalThis as { WebSocket?: unknown };
    const before = global.WebSocket;
    try {
      delete global.WebSocket;
      expect(() => createRealtimeClient(options).subscribe(ON_STREAM)).toThrow('No global WebSocket here (Node 20)');

      global.WebSocket = WebSocket;
      const subscription = createRealtimeClient(options).subscribe<LiveEvent>(ON_STREAM, { streamId: 'global-1' });
      expect(await subscription.ready).toBe(true);
      await subscription.return();
    } finally {
      global.WebSocket = before;
    }
  });
});

describe('A dropped connection', () => {
  it('is re-established after the server drops the socket, and every live subscription is started again', async () => {
    // Prepare
    const accepted = hop.accepted;
    const realtime = client();
    const first = realtime.subscribe<LiveEvent>(ON_STREAM, { streamId: 'drop-1' });
    const second = realtime.subscribe<LiveEvent>(ON_STREAM, { streamId: 'drop-2' });
    await Promise.all([first.ready, second.ready]);

    // Act
    hop.cut();

    // Assess
    expect(await nextHeard(first, () => send('drop-1', 1))).toEqual(event('drop-1', 1));
    expect(await nextHeard(second, () => send('drop-2', 2))).toEqual(event('drop-2', 2));
    expect(hop.accepted - accepted).toBe(2);
    await Promise.all([first.return(), second.return()]);
  });

  it("is detected by keep-alive silence past the server's connectionTimeoutMs: the socket is given up and replaced", async () => {
    // Prepare: quiet for longer than the timeout, kept open by `ka` alone.
    const accepted = hop.accepted;
    const subscription = client().subscribe<LiveEvent>(ON_STREAM, { streamId: 'silence-1' });
    await subscription.ready;
    await new Promise((resolve) => setTimeout(resolve, 1.5 * CONNECTION_TIMEOUT_MS));
    expect(hop.accepted - accepted).toBe(1);

    // Act
    hop.silence();

    // Assess
    expect(await nextHeard(subscription, () => send('silence-1', 1))).toEqual(event('silence-1', 1));
    expect(hop.accepted - accepted).toBe(2);
    await subscription.return();
  });

  it("is judged by keepAliveTimeoutMs over the server's timeout when given", async () => {
    // Prepare: a timeout shorter than the runtime's `ka` interval.
    const accepted = hop.accepted;
    const subscription = client({ keepAliveTimeoutMs: 20 }).subscribe<LiveEvent>(ON_STREAM, { streamId: 'impatient' });

    // Act
    await subscription.ready;

    // Assess: silences between two `ka` are taken for dropped sockets.
    await vi.waitFor(() => expect(hop.accepted - accepted).toBeGreaterThan(2), { timeout: 5_000 });
    await subscription.return();
  });

  it('fails the subscriptions once the reconnection attempts are spent', async () => {
    const subscription = client({ reconnect: { baseDelayMs: 10, maxAttempts: 2 } }).subscribe<LiveEvent>(ON_STREAM, { streamId: 'spent' });
    await subscription.ready;

    hop.refusing = true;
    hop.cut();

    await expect(subscription.next()).rejects.toThrow('AppSync real-time connection lost (2 attempts)');
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
  });
});

describe('Authorization', () => {
  it('asks for a token at every connection and start: a refreshed one takes over after the first expired', async () => {
    // Prepare: a first token that lives one second, then fresh ones.
    const expiring = (await runtime.auth.userPool.tokensFor('refreshing@example.com', { lifetime: 1 })).idToken;
    const tokens: string[] = [];
    const token = async () => {
      const next = tokens.length < 2 ? expiring : (await runtime.auth.userPool.tokensFor('refreshing@example.com')).idToken;
      tokens.push(next);
      return next;
    };
    const subscription = client({ authorize: authorizer({ type: 'userPool', token }) }).subscribe<LiveEvent>(ON_STREAM, {
      streamId: 'refresh-1',
    });
    await subscription.ready;
    await vi.waitFor(
      async () => expect((await post(runtime.url, '{"query":"{ __typename }"}', { authorization: expiring })).status).toBe(401),
      {
        timeout: 5_000,
        interval: 200,
      },
    );

    // Act
    hop.cut();

    // Assess: the handshake and the start after the reconnection used fresh tokens.
    expect(await nextHeard(subscription, () => send('refresh-1', 1))).toEqual(event('refresh-1', 1));
    expect(tokens).toHaveLength(4);
    expect(tokens.slice(2)).not.toContain(expiring);
    await subscription.return();
  });

  it('signs the handshake and each start with SigV4 for IAM callers', async () => {
    const { credentials } = runtime.auth.iam.principal('fixtureLiveSubscriber');
    const subscription = client({
      authorize: authorizer({ type: 'iam', credentials, region: runtime.auth.iam.region }),
    }).subscribe<LiveEvent>(ON_STREAM, {
      streamId: 'iam-1',
    });

    expect(await subscription.ready).toBe(true);
    await send('iam-1', 1);

    expect((await subscription.next()).value).toEqual(event('iam-1', 1));
    await subscription.return();
  });

  it("surfaces a refused start as the server's typed errors, then ends", async () => {
    const subscription = client().subscribe('subscription { onRefusedLiveEvent { seq } }');

    expect(await subscription.ready).toBe(false);
    expect((await subscription.next()).value).toEqual({
      data: null,
      errors: [
        expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access onRefusedLiveEvent on type Subscription' }),
      ],
    });
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
  });

  it('surfaces a refused handshake as typed errors and does not retry it', async () => {
    const accepted = hop.accepted;
    const subscription = client({ authorize: authorizer({ type: 'apiKey', apiKey: 'da2-not-a-key' }) }).subscribe(ON_STREAM, {
      streamId: 'refused',
    });

    const { value } = await subscription.next();

    expect(value).toEqual({ data: null, errors: [expect.objectContaining({ errorType: 'UnauthorizedException', errorCode: 401 })] });
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
    expect(hop.accepted - accepted).toBe(1);
  });
});
