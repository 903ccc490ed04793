import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startTestRuntime } from '../support/runtime.ts';
import {
  RealtimeClient,
  authorizationFor,
  callEndpoint,
  callerFor,
  livePublisher,
  SEND_LIVE_EVENT,
  type ServerMessage,
} from './support.ts';

let runtime: LocalRuntime;
const apiKey = () => ({ apiKey: runtime.apiKey });
const ON_STREAM = 'subscription ($streamId: ID) { onLiveEvent(streamId: $streamId) { streamId seq body } }';
const send = (input: Record<string, unknown>) => callEndpoint(runtime.url, apiKey(), SEND_LIVE_EVENT, { input });
const unsupported = (operation = 'unknown') => ({
  errorType: 'UnsupportedOperation',
  message: `${operation} not supported through the realtime channel`,
});

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { realtime: { keepAliveIntervalMs: 100 } });
});

afterAll(() => runtime?.stop());

describe('The real-time handshake', () => {
  it('acknowledges connection_init on a header-based handshake with the connection timeout', async () => {
    // Prepare
    const client = await RealtimeClient.open(runtime, apiKey());

    // Act
    client.send({ type: 'connection_init' });

    // Assess
    expect(client.socket.protocol).toBe('graphql-ws');
    expect(await client.next()).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } });
    client.close();
  });

  it('acknowledges the older query-string handshake (?header=…&payload=e30=)', async () => {
    const client = await RealtimeClient.open(runtime, apiKey(), { form: 'query' });

    client.send({ type: 'connection_init' });

    expect(await client.next()).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } });
    client.close();
  });

  it.each(['shopper', 'iamGranted'] as const)('accepts a %s handshake (user pool token, SigV4 of /graphql/connect)', async (who) => {
    const client = await RealtimeClient.open(runtime, await callerFor(runtime, who));

    client.send({ type: 'connection_init' });

    expect((await client.next()).type).toBe('connection_ack');
    client.close();
  });

  it('sends ka after the ack and then periodically', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    const first = await client.next();
    const second = await client.next();

    expect([first, second]).toEqual([{ type: 'ka' }, { type: 'ka' }]);
    client.close();
  });

  it('takes connections at the endpoint path itself, as the appsync-realtime-api host does', async () => {
    const host = new URL(runtime.url).host;
    const header = Buffer.from(JSON.stringify({ host, 'x-api-key': runtime.apiKey })).toString('base64url');
    const socket = new WebSocket(runtime.url.replace(/^http/, 'ws'), ['graphql-ws', `header-${header}`]);
    const first = new Promise<ServerMessage>((resolve) => socket.once('message', (m) => resolve(JSON.parse(m.toString()))));
    await new Promise((resolve) => socket.once('open', resolve));

    socket.send(JSON.stringify({ type: 'connection_init' }));

    expect((await first).type).toBe('connection_ack');
    socket.close();
  });

  it('refuses an upgrade at a path that serves no API', async () => {
    const socket = new WebSocket(runtime.url.replace(/^http/, 'ws').replace('/graphql', '/nothing/realtime'), ['graphql-ws']);

    const status = await new Promise<number | undefined>((resolve) =>
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode)),
    );

    expect(status).toBe(404);
  });

  describe('answers a refused handshake with connection_error, then closes', () => {
    const cases: [string, () => Promise<{ caller?: Parameters<typeof RealtimeClient.open>[1]; rawHeaders?: string }>, object][] = [
      [
        'no authorization header',
        async () => ({ caller: null }),
        { errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.', errorCode: 401 },
      ],
      [
        'a header that is not base64 JSON',
        async () => ({ rawHeaders: 'not json' }),
        { errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.', errorCode: 401 },
      ],
      [
        'an unknown API key',
        async () => ({ caller: { apiKey: 'da2-unknown' } }),
        { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.', errorCode: 401 },
      ],
      [
        'a token that is not a JWT',
        async () => ({ caller: { userPoolToken: 'not-a-jwt' } }),
        { errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.', errorCode: 401 },
      ],
      [
        'a user pool token with a forged signature',
        async () => {
          const { idToken } = await runtime.auth.userPool.tokensFor('sam.shopper');
          const [header, claims] = idToken.split('.');
          return { caller: { userPoolToken: `${header}.${claims}.${Buffer.from('forged').toString('base64url')}` } };
        },
        { errorType: 'UnauthorizedException', message: 'Unauthorized', errorCode: 401 },
      ],
      [
        'an expired user pool token',
        async () => ({
          caller: {
            userPoolToken: (
              await runtime.auth.userPool.tokensFor('sam.shopper', { now: Math.floor(Date.now() / 1000) - 7200, lifetime: 3600 })
            ).idToken,
          },
        }),
        { errorType: 'UnauthorizedException', message: 'Token has expired.', errorCode: 401 },
      ],
      [
        'an access key the runtime never issued',
        async () => ({
          caller: {
            iam: { accessKeyId: 'ASIAUNKNOWNUNKNOWN00', secretAccessKey: 'x'.repeat(40), sessionToken: 'none' },
            region: runtime.auth.iam.region,
          },
        }),
        { errorType: 'BadRequestException', message: 'The security token included in the request is invalid.', errorCode: 400 },
      ],
      [
        'a SigV4 signature made with the wrong secret',
        async () => {
          const { credentials } = runtime.auth.iam.principal('fixtureBackend');
          return { caller: { iam: { ...credentials, secretAccessKey: 'wrong'.padEnd(40, 'x') }, region: runtime.auth.iam.region } };
        },
        {
          errorType: 'BadRequestException',
          message:
            'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
          errorCode: 400,
        },
      ],
    ];

    it.each(cases)('%s', async (_name, prepare, expected) => {
      // Prepare
      const { caller, rawHeaders } = await prepare();
      const client = await RealtimeClient.open(runtime, caller ?? null, { rawHeaders });

      // Act
      client.send({ type: 'connection_init' });

      // Assess
      expect(await client.next()).toEqual({ type: 'connection_error', payload: { errors: [expected] } });
      expect(await client.closedByServer()).toBe(1000);
    });
  });
});

describe('Subscriptions over the real-time protocol', () => {
  it('acknowledges a start, delivers events as data, and answers stop with complete', async () => {
    // Prepare
    const client = await RealtimeClient.connect(runtime, apiKey());
    const { id, answer } = await client.start(apiKey(), ON_STREAM, { streamId: 'p-1' });

    // Act
    await send({ streamId: 'p-1', seq: 1, body: 'hello' });
    const data = await client.data(id);
    client.send({ type: 'stop', id });
    const stopped = await client.next((m) => m.id === id);

    // Assess
    expect(answer).toEqual({ type: 'start_ack', id });
    expect(data).toEqual({ data: { onLiveEvent: { streamId: 'p-1', seq: 1, body: 'hello' } } });
    expect(stopped).toEqual({ type: 'complete', id });
    client.close();
  });

  it('delivers nothing to a stopped subscription', async () => {
    // Prepare: two subscriptions to one stream; the second tells when the event went out.
    const client = await RealtimeClient.connect(runtime, apiKey());
    const stopped = await client.subscribe(apiKey(), ON_STREAM, { streamId: 'p-2' });
    const witness = await client.subscribe(apiKey(), ON_STREAM, { streamId: 'p-2' });
    client.send({ type: 'stop', id: stopped });
    await client.next((m) => m.type === 'complete');

    // Act
    await send({ streamId: 'p-2', seq: 2 });
    await client.data(witness);

    // Assess
    expect(client.pending().filter((m) => m.type === 'data')).toEqual([]);
    client.close();
  });

  it('authorizes each start with its own extensions.authorization, whatever the handshake used', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    const asShopper = await client.start(await callerFor(runtime, 'shopper'), ON_STREAM, { streamId: 'p-3' });
    const asBackend = await client.start(livePublisher(runtime), ON_STREAM, { streamId: 'p-3' });

    expect(asShopper.answer.type).toBe('start_ack');
    // The live publisher is granted two mutations: AppSync checks Subscription.onLiveEvent against its policy.
    expect(asBackend.answer).toEqual({
      type: 'error',
      id: asBackend.id,
      payload: { errors: [{ errorType: 'UnauthorizedException', message: 'Permission denied' }] },
    });
    client.close();
  });

  it.each([
    ['no authorization', null, { errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
    [
      'an unknown API key',
      { apiKey: 'da2-unknown' },
      { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' },
    ],
    [
      'an expired-looking token',
      { userPoolToken: 'not-a-jwt' },
      { errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' },
    ],
  ] as const)('refuses a start with %s', async (_name, caller, expected) => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    const { id, answer } = await client.start(caller, ON_STREAM, { streamId: 'p-4' });

    expect(answer).toEqual({ type: 'error', id, payload: { errors: [expected] } });
    client.close();
  });

  it('refuses an IAM start whose signature does not cover the data sent', async () => {
    // Prepare: sign one subscription, send another.
    const client = await RealtimeClient.connect(runtime, apiKey());
    const signedData = JSON.stringify({ query: ON_STREAM, variables: { streamId: 'signed' } });
    const authorization = await authorizationFor(livePublisher(runtime), runtime.url, signedData, false);
    const data = JSON.stringify({ query: ON_STREAM, variables: { streamId: 'other' } });

    // Act
    client.send({ id: 'tampered', type: 'start', payload: { data, extensions: { authorization } } });
    const answer = await client.next((m) => m.id === 'tampered');

    // Assess
    expect(answer.type).toBe('error');
    expect(answer.payload.errors[0].errorType).toBe('BadRequestException');
    expect(answer.payload.errors[0].message).toMatch(/^The request signature we calculated does not match/);
    client.close();
  });

  it('refuses a document that does not validate, with the validation error', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    const { id, answer } = await client.start(apiKey(), 'subscription { onLiveEvent { nope } }');

    expect(answer).toEqual({
      type: 'error',
      id,
      payload: {
        errors: [
          {
            path: null,
            locations: [{ line: 1, column: 30, sourceName: null }],
            message: "Validation error of type FieldUndefined: Field 'nope' in type 'LiveEvent' is undefined @ 'onLiveEvent/nope'",
          },
        ],
      },
    });
    client.close();
  });

  it.each([
    ['query', 'query { echo(message: "x") }'],
    ['mutation', 'mutation { sendLiveEvent(input: { streamId: "x" }) { streamId } }'],
  ])('answers a %s sent as a start with UnsupportedOperation', async (operation, query) => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    const { id, answer } = await client.start(apiKey(), query);

    expect(answer).toEqual({ type: 'error', id, payload: { errors: [unsupported(operation)] } });
    client.close();
  });

  it("refuses a start that reuses the id of a live subscription in AppSync's words (aws-amplify/amplify-js#12818)", async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());
    const id = await client.subscribe(apiKey(), ON_STREAM);

    const again = await client.start(apiKey(), ON_STREAM, {}, id);

    expect(again.answer).toEqual({
      type: 'error',
      id,
      payload: { errors: [{ errorType: 'DuplicatedOperationError', message: `Duplicated operation with id ${id}` }] },
    });
    client.close();
  });

  it('holds at most 100 subscriptions per connection (MaxSubscriptionsReachedError), and frees a place on stop', async () => {
    // Prepare
    const client = await RealtimeClient.connect(runtime, apiKey());
    const ids = await Promise.all(Array.from({ length: 100 }, () => client.subscribe(apiKey(), ON_STREAM, { streamId: 'limit' })));

    // Act
    const refused = await client.start(apiKey(), ON_STREAM, { streamId: 'limit' });
    client.send({ type: 'stop', id: ids[0] });
    await client.next((m) => m.type === 'complete');
    const accepted = await client.start(apiKey(), ON_STREAM, { streamId: 'limit' });

    // Assess
    expect(new Set(ids).size).toBe(100);
    expect(refused.answer).toEqual({
      type: 'error',
      id: refused.id,
      payload: { errors: [{ errorType: 'MaxSubscriptionsReachedError', message: 'Max number of 100 subscriptions reached' }] },
    });
    expect(accepted.answer.type).toBe('start_ack');
    client.close();
  });

  it('does not deliver an event whose payload is over 240 KB, and says nothing', async () => {
    // Prepare
    const client = await RealtimeClient.connect(runtime, apiKey());
    const id = await client.subscribe(apiKey(), ON_STREAM, { streamId: 'big' });

    // Act: over the limit, then just under it.
    const over = await send({ streamId: 'big', seq: 1, body: 'x'.repeat(240 * 1024) });
    await send({ streamId: 'big', seq: 2, body: 'y'.repeat(200 * 1024) });
    const first = await client.data(id);

    // Assess
    expect(over.body.data.sendLiveEvent.seq).toBe(1);
    expect(first.data.onLiveEvent.seq).toBe(2);
    expect(client.pending().filter((m) => m.type !== 'ka')).toEqual([]);
    client.close();
  });
});

describe('Malformed frames', () => {
  it.each([
    ['text that is not JSON', 'not json'],
    ['JSON without a type', JSON.stringify({ id: 'x' })],
    [
      'a message type AppSync does not know (graphql-transport-ws subscribe)',
      JSON.stringify({ id: 'x', type: 'subscribe', payload: { query: 'subscription { onLiveEvent { seq } }' } }),
    ],
    [
      'a start without payload.data',
      JSON.stringify({ id: 'x', type: 'start', payload: { query: 'subscription { onLiveEvent { seq } }' } }),
    ],
  ])('answers %s with UnsupportedOperation and no id, and keeps the connection', async (_name, frame) => {
    // Prepare
    const client = await RealtimeClient.connect(runtime, apiKey());

    // Act
    client.send(frame);
    const answer = await client.next((m) => m.type === 'error');
    const { answer: next } = await client.start(apiKey(), ON_STREAM);

    // Assess
    expect(answer).toEqual({ type: 'error', payload: { errors: [unsupported()] } });
    expect(next.type).toBe('start_ack');
    client.close();
  });

  it('refuses a start whose data is not a GraphQL request, naming the subscription', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    client.send({ id: 'bad-data', type: 'start', payload: { data: '{nope', extensions: {} } });

    expect(await client.next((m) => m.type === 'error')).toEqual({ type: 'error', id: 'bad-data', payload: { errors: [unsupported()] } });
    client.close();
  });

  it('reads a binary frame as text', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());
    const data = JSON.stringify({ query: ON_STREAM, variables: {} });
    const authorization = { host: new URL(runtime.url).host, 'x-api-key': runtime.apiKey };

    client.socket.send(Buffer.from(JSON.stringify({ id: 'bin', type: 'start', payload: { data, extensions: { authorization } } })), {
      binary: true,
    });

    expect(await client.next((m) => m.id === 'bin')).toEqual({ type: 'start_ack', id: 'bin' });
    client.close();
  });

  it('answers stop for an id it does not know with complete', async () => {
    const client = await RealtimeClient.connect(runtime, apiKey());

    client.send({ type: 'stop', id: 'never-started' });

    expect(await client.next((m) => m.type !== 'ka')).toEqual({ type: 'complete', id: 'never-started' });
    client.close();
  });
});
