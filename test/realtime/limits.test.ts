import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'node:net';
import type { LocalRuntime } from '../../local/runtime.ts';
import { MAX_BODY } from '../../local/http/server.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startTestRuntime } from '../support/runtime.ts';
import { RealtimeClient, callEndpoint, SEND_LIVE_EVENT } from './support.ts';

let runtime: LocalRuntime;
const apiKey = () => ({ apiKey: runtime.apiKey });
const INIT_TIMEOUT_MS = 200;
const ON_STREAM = 'subscription ($streamId: ID) { onLiveEvent(streamId: $streamId) { streamId seq } }';
// Without a limit some of these would wait for nothing: fail in seconds, not at the 30 s default.
const bounded = { timeout: 10_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A text frame of exactly `bytes` bytes: a message type AppSync does not know, padded. */
const frameOf = (bytes: number) => {
  const empty = JSON.stringify({ type: 'padded', pad: '' });
  return JSON.stringify({ type: 'padded', pad: 'x'.repeat(bytes - empty.length) });
};

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { realtime: { connectionInitTimeoutMs: INIT_TIMEOUT_MS } });
});

afterAll(() => runtime?.stop());

describe('Inbound frame size', bounded, () => {
  it('closes a connection that sends a frame over 1 MiB, with code 1009', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    client.send(frameOf(MAX_BODY + 1));

    expect(await client.closedByServer(5_000)).toBe(1009);
  });

  it('reads a frame of exactly 1 MiB and keeps the connection', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    client.send(frameOf(MAX_BODY));
    const answer = await client.next((m) => m.type === 'error');
    const { answer: next } = await client.start(apiKey(), ON_STREAM);

    expect(answer.payload.errors[0].errorType).toBe('UnsupportedOperation');
    expect(next.type).toBe('start_ack');
    client.close();
  });
});

describe('A client that does not read', bounded, () => {
  it('is disconnected once over 1 MiB of replies is left unread, and others are still served', async () => {
    // Prepare: a client that stops reading after the ack.
    const client = await RealtimeClient.connect(runtime, apiKey());
    const socket = (client.socket as unknown as { _socket: Socket })._socket;
    socket.pause();
    client.socket.on('error', () => {});

    // Act: the flood of the issue, each frame answered; more than the kernel's buffers and the bound hold.
    let sent = 0;
    while (!client.closed && sent < 200_000) {
      for (let i = 0; i < 5_000; i++) client.send({ type: 'connection_init' });
      sent += 5_000;
      await sleep(10);
    }
    socket.resume();
    const code = await client.closedByServer(5_000);
    const other = await RealtimeClient.connect(runtime, apiKey());

    // Assess: dropped without a close frame (1006), long before every frame was answered.
    expect(code).toBe(1006);
    expect(client.pending().length).toBeLessThan(sent);
    expect((await other.start(apiKey(), ON_STREAM)).answer.type).toBe('start_ack');
    other.close();
  });
});

describe('connection_init', bounded, () => {
  it('closes a socket that sends no connection_init in time, with connection_error', async () => {
    const opened = Date.now();
    const client = await RealtimeClient.open(runtime, apiKey());

    const answer = await client.next(() => true, 5_000);
    const code = await client.closedByServer(5_000);

    expect(answer).toEqual({
      type: 'connection_error',
      payload: { errors: [{ errorType: 'ConnectionInitTimeout', message: `connection_init not received within ${INIT_TIMEOUT_MS} ms` }] },
    });
    expect(code).toBe(1000);
    expect(Date.now() - opened).toBeGreaterThanOrEqual(INIT_TIMEOUT_MS - 10);
  });

  it('keeps a connection initialized in time open past the timeout', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    await sleep(INIT_TIMEOUT_MS * 2);
    const { answer } = await client.start(apiKey(), ON_STREAM);

    expect(client.closed).toBe(false);
    expect(answer.type).toBe('start_ack');
    client.close();
  });

  it('answers a second connection_init with an error, and keeps the connection and its subscriptions', async () => {
    // Prepare
    const client = await RealtimeClient.connect(runtime, apiKey());
    const id = await client.subscribe(apiKey(), ON_STREAM, { streamId: 'twice' });

    // Act
    client.send({ type: 'connection_init' });
    const answer = await client.next((m) => m.type !== 'ka');
    await callEndpoint(runtime.url, apiKey(), SEND_LIVE_EVENT, { input: { streamId: 'twice', seq: 1 } });

    // Assess
    expect(answer).toEqual({
      type: 'error',
      payload: { errors: [{ errorType: 'UnsupportedOperation', message: 'connection_init already received on this connection' }] },
    });
    expect(await client.data(id)).toEqual({ data: { onLiveEvent: { streamId: 'twice', seq: 1 } } });
    client.close();
  });
});
