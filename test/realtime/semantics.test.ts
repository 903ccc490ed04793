import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSyncCaller } from '../../local/auth/request-headers.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startTestRuntime } from '../support/runtime.ts';
import { PUBLISH_LIVE_EVENT, RealtimeClient, SEND_LIVE_EVENT, callEndpoint, callerFor, livePublisher } from './support.ts';

let runtime: LocalRuntime;
let client: RealtimeClient;
const apiKey = (): AppSyncCaller => ({ apiKey: runtime.apiKey });
const send = (input: Record<string, unknown>, query = SEND_LIVE_EVENT) => callEndpoint(runtime.url, apiKey(), query, { input });
const publish = (input: Record<string, unknown>) => callEndpoint(runtime.url, livePublisher(runtime), PUBLISH_LIVE_EVENT, { input });
const ON_STREAM = 'subscription ($streamId: ID) { onLiveEvent(streamId: $streamId) { streamId kind seq } }';
const ON_LIVE = 'subscription ($streamId: ID, $kind: String) { onLiveEvent(streamId: $streamId, kind: $kind) { streamId kind seq } }';

/** The `onLiveEvent` payloads a subscription receives until (and including) the one with seq `last`. */
async function eventsUntil(id: string, last: number): Promise<unknown[]> {
  const events: unknown[] = [];
  for (;;) {
    const event = (await client.data(id)).data.onLiveEvent;
    events.push(event);
    if (event.seq === last) return events;
  }
}

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi);
  client = await RealtimeClient.connect(runtime, apiKey());
});

afterAll(async () => {
  client?.close();
  await runtime?.stop();
});

describe('Argument filtering', () => {
  it('delivers an event to the subscribers whose arguments equal its fields', async () => {
    // Prepare
    const one = await client.subscribe(apiKey(), ON_STREAM, { streamId: 'a-1' });
    const other = await client.subscribe(apiKey(), ON_STREAM, { streamId: 'a-2' });

    // Act
    await send({ streamId: 'a-2', kind: 'pin', seq: 1 });
    await send({ streamId: 'a-1', kind: 'pin', seq: 2 });

    // Assess
    expect(await eventsUntil(one, 2)).toEqual([{ streamId: 'a-1', kind: 'pin', seq: 2 }]);
    expect(await eventsUntil(other, 1)).toEqual([{ streamId: 'a-2', kind: 'pin', seq: 1 }]);
  });

  it('filters nothing on an omitted argument', async () => {
    const everything = await client.subscribe(apiKey(), 'subscription { onLiveEvent { streamId seq } }');

    await send({ streamId: 'b-1', seq: 1 });
    await send({ streamId: 'b-2', seq: 2 });

    expect(await eventsUntil(everything, 2)).toEqual([
      { streamId: 'b-1', seq: 1 },
      { streamId: 'b-2', seq: 2 },
    ]);
  });

  it('matches an explicit null argument only to a null field', async () => {
    const nullKind = await client.subscribe(apiKey(), 'subscription { onLiveEvent(streamId: "c", kind: null) { streamId kind seq } }');

    await send({ streamId: 'c', kind: 'pin', seq: 1 });
    await send({ streamId: 'c', seq: 2 });

    expect(await eventsUntil(nullKind, 2)).toEqual([{ streamId: 'c', kind: null, seq: 2 }]);
  });

  it('reads a declared variable the client did not send as an explicit null', async () => {
    const unsent = await client.subscribe(apiKey(), ON_LIVE, { streamId: 'd' });

    await send({ streamId: 'd', kind: 'pin', seq: 1 });
    await send({ streamId: 'd', seq: 2 });

    expect(await eventsUntil(unsent, 2)).toEqual([{ streamId: 'd', kind: null, seq: 2 }]);
  });

  it("compares arguments with the mutation's selection: a field it did not select never matches", async () => {
    const byKind = await client.subscribe(apiKey(), ON_LIVE, { streamId: 'e', kind: 'pin' });

    await send(
      { streamId: 'e', kind: 'pin', seq: 1 },
      'mutation ($input: LiveEventInput!) { sendLiveEvent(input: $input) { streamId seq } }',
    );
    await send({ streamId: 'e', kind: 'pin', seq: 2 });

    expect(await eventsUntil(byKind, 2)).toEqual([{ streamId: 'e', kind: 'pin', seq: 2 }]);
  });
});

describe('Variables on start, coerced as over HTTP', () => {
  it('filters by a variable AppSync coerces and graphql-js would not (7 for a String is "7")', async () => {
    // Prepare
    const id = await client.subscribe(apiKey(), ON_LIVE, { streamId: 'k', kind: 7 });

    // Act
    await send({ streamId: 'k', kind: 'pin', seq: 1 });
    await send({ streamId: 'k', kind: '7', seq: 2 });

    // Assess
    expect(await eventsUntil(id, 2)).toEqual([{ streamId: 'k', kind: '7', seq: 2 }]);
  });

  it('refuses a variable with the error an HTTP request gets for it', async () => {
    // Prepare: the same variable, declared at column 8 over HTTP and at column 15 on start
    const variables = { streamId: true };
    const overHttp = await callEndpoint(runtime.url, apiKey(), 'query ($streamId: ID!) { item(id: $streamId) { id } }', variables);

    // Act
    const { answer } = await client.start(
      apiKey(),
      'subscription ($streamId: ID!) { onLiveEvent(streamId: $streamId) { seq } }',
      variables,
    );

    // Assess
    const message = "Variable 'streamId' has an invalid value. Expected type 'ID' but was 'Boolean'.";
    expect(overHttp.body.errors).toEqual([{ path: null, locations: [{ line: 1, column: 8, sourceName: null }], message }]);
    expect(answer).toMatchObject({
      type: 'error',
      payload: { errors: [{ path: null, locations: [{ line: 1, column: 15, sourceName: null }], message }] },
    });
  });
});

describe('What subscribers receive', () => {
  it("is their own selection of the mutation's result; fields the mutation did not select are null", async () => {
    // Prepare
    const id = await client.subscribe(
      apiKey(),
      'subscription { live: onLiveEvent(streamId: "f") { __typename streamId n: seq body author { name tier } tags } }',
    );

    // Act: the mutation selects with aliases, and not every field.
    await send(
      { streamId: 'f', seq: 7, body: 'not selected', author: { name: 'Ana', tier: 'gold' }, tags: ['a', 'b'] },
      'mutation ($input: LiveEventInput!) { event: sendLiveEvent(input: $input) { id: streamId seq author { who: name } tags } }',
    );

    // Assess
    expect(await client.data(id)).toEqual({
      data: { live: { __typename: 'LiveEvent', streamId: 'f', n: 7, body: null, author: { name: 'Ana', tier: null }, tags: ['a', 'b'] } },
    });
  });

  it('is nothing when the mutation fails', async () => {
    const id = await client.subscribe(apiKey(), ON_STREAM, { streamId: 'g' });

    // The API key may not call the IAM-only publisher: the field is refused, nothing is published.
    const refused = await callEndpoint(runtime.url, apiKey(), PUBLISH_LIVE_EVENT, { input: { streamId: 'g', seq: 1 } });
    await send({ streamId: 'g', seq: 2 });

    expect(refused.body.errors[0].errorType).toBe('Unauthorized');
    expect(await eventsUntil(id, 2)).toEqual([{ streamId: 'g', kind: null, seq: 2 }]);
  });

  it('comes from publish-only mutations the backend calls with IAM', async () => {
    const shopper = await callerFor(runtime, 'shopper');
    const connection = await RealtimeClient.connect(runtime, shopper);
    const id = await connection.subscribe(shopper, 'subscription { onLiveEvent(streamId: "h") { streamId seq } }');

    const published = await publish({ streamId: 'h', seq: 1 });

    expect(published.status).toBe(200);
    expect(await connection.data(id)).toEqual({ data: { onLiveEvent: { streamId: 'h', seq: 1 } } });
    connection.close();
  });

  it("applies field-level auth to what is delivered, by each subscriber's own rules", async () => {
    // Prepare
    const admin = await callerFor(runtime, 'admin');
    const adminConnection = await RealtimeClient.connect(runtime, admin);
    const query = 'subscription { onLiveEvent(streamId: "i") { seq internalNote } }';
    const asAdmin = await adminConnection.subscribe(admin, query);
    const asApiKey = await client.subscribe(apiKey(), query);

    // Act
    await publish({ streamId: 'i', seq: 1, internalNote: 'for staff' });

    // Assess
    expect(await adminConnection.data(asAdmin)).toEqual({ data: { onLiveEvent: { seq: 1, internalNote: 'for staff' } } });
    const denied = await client.data(asApiKey);
    expect(denied.data).toEqual({ onLiveEvent: { seq: 1, internalNote: null } });
    expect(denied.errors).toEqual([
      expect.objectContaining({
        path: ['onLiveEvent', 'internalNote'],
        errorType: 'Unauthorized',
        message: 'Not Authorized to access internalNote on type LiveEvent',
      }),
    ]);
    adminConnection.close();
  });

  it('is refused at start to a caller the subscription field does not allow', async () => {
    const shopper = await callerFor(runtime, 'shopper');
    const admin = await callerFor(runtime, 'admin');

    const asShopper = await client.start(shopper, 'subscription { onAdminLiveEvent { seq } }');
    const asAdmin = await client.start(admin, 'subscription { onAdminLiveEvent { seq } }');

    expect(asShopper.answer.type).toBe('error');
    expect(asShopper.answer.payload.errors).toEqual([
      expect.objectContaining({
        path: ['onAdminLiveEvent'],
        errorType: 'Unauthorized',
        message: 'Not Authorized to access onAdminLiveEvent on type Subscription',
      }),
    ]);
    expect(asAdmin.answer.type).toBe('start_ack');
  });
});

describe('Subscription resolvers', () => {
  it('refuse a subscriber with util.unauthorized()', async () => {
    const { answer } = await client.start(apiKey(), 'subscription { onRefusedLiveEvent { seq } }');

    expect(answer.payload.errors).toEqual([
      expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access onRefusedLiveEvent on type Subscription' }),
    ]);
  });

  it("run as pipelines on DynamoDB with the subscriber's identity: only the note's owner may follow it", async () => {
    // Prepare: Cora owns the note.
    const cora = await callerFor(runtime, 'owningCreator');
    const carl = await callerFor(runtime, 'otherCreator');
    const created = await callEndpoint(runtime.url, cora, 'mutation { createNote(id: "rt-note", text: "live notes") { id } }');
    const connection = await RealtimeClient.connect(runtime, cora);
    const query = 'subscription { onNoteEvent(noteId: "rt-note") { noteId kind } }';

    // Act
    const asOwner = await connection.start(cora, query);
    const asOther = await connection.start(carl, query);
    const publisher = { iam: runtime.auth.iam.principal('fixturePublisher').credentials, region: runtime.auth.iam.region };
    await callEndpoint(runtime.url, publisher, 'mutation { publishNoteEvent(noteId: "rt-note", kind: "edited") { noteId kind } }');

    // Assess
    expect(created.body.data.createNote.id).toBe('rt-note');
    expect(asOwner.answer.type).toBe('start_ack');
    expect(asOther.answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
    expect(await connection.data(asOwner.id)).toEqual({ data: { onNoteEvent: { noteId: 'rt-note', kind: 'edited' } } });
    connection.close();
  });
});

describe('Enhanced filtering', () => {
  const ON_FILTERED =
    'subscription ($streamId: ID!, $filter: AWSJSON) { onFilteredLiveEvent(streamId: $streamId, filter: $filter) { streamId seq } }';
  const filtered = (streamId: string, filter: unknown) => client.start(apiKey(), ON_FILTERED, { streamId, filter: JSON.stringify(filter) });

  // Each case: a filter (beside its own stream), an event it lets through, and one it stops.
  const cases: [string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>][] = [
    ['eq', { kind: { eq: 'pin' } }, { kind: 'pin' }, { kind: 'comment' }],
    ['ne', { kind: { ne: 'pin' } }, { kind: 'comment' }, { kind: 'pin' }],
    ['lt', { priority: { lt: 5 } }, { priority: 4 }, { priority: 5 }],
    ['le', { priority: { le: 5 } }, { priority: 5 }, { priority: 6 }],
    ['gt', { priority: { gt: 5 } }, { priority: 6 }, { priority: 5 }],
    ['ge', { priority: { ge: 5 } }, { priority: 5 }, { priority: 4 }],
    ['contains (text)', { body: { contains: 'sale' } }, { body: 'flash sale now' }, { body: 'nothing' }],
    ['contains (list)', { tags: { contains: 'shoes' } }, { tags: ['hats', 'shoes'] }, { tags: ['hats'] }],
    ['notContains', { tags: { notContains: 'spoiler' } }, { tags: ['hats'] }, { tags: ['spoiler'] }],
    ['beginsWith', { kind: { beginsWith: 'pin:' } }, { kind: 'pin:shoes' }, { kind: 'unpin:shoes' }],
    ['in', { kind: { in: ['pin', 'unpin'] } }, { kind: 'unpin' }, { kind: 'comment' }],
    ['notIn', { kind: { notIn: ['comment', 'like'] } }, { kind: 'pin' }, { kind: 'like' }],
    ['between', { priority: { between: [3, 5] } }, { priority: 3 }, { priority: 6 }],
    ['containsAny', { tags: { containsAny: ['shoes', 'bags'] } }, { tags: ['bags'] }, { tags: ['hats'] }],
    [
      'a nested field',
      { 'author.tier': { eq: 'gold' } },
      { author: { name: 'A', tier: 'gold' } },
      { author: { name: 'A', tier: 'silver' } },
    ],
    [
      'groups (or)',
      { or: [{ kind: { eq: 'pin' } }, { priority: { gt: 8 } }] },
      { kind: 'comment', priority: 9 },
      { kind: 'comment', priority: 1 },
    ],
    ['filters of a group (and)', { kind: { eq: 'pin' }, priority: { ge: 2 } }, { kind: 'pin', priority: 2 }, { kind: 'pin', priority: 1 }],
  ];

  it.each(cases)('%s: delivers the events the filter lets through and no other', async (name, filter, through, stopped) => {
    // Prepare
    const streamId = `ef-${name}`;
    const { id, answer } = await filtered(streamId, { streamId: { eq: streamId }, ...filter });

    // Act
    await send({ streamId, seq: 1, ...stopped });
    await send({ streamId, seq: 2, ...through });

    // Assess
    expect(answer.type).toBe('start_ack');
    expect((await client.data(id)).data.onFilteredLiveEvent).toEqual({ streamId, seq: 2 });
  });

  it("replaces argument filtering: the subscription's own arguments no longer filter", async () => {
    const { id } = await filtered('ef-args', { kind: { eq: 'ef-args-kind' } });

    await send({ streamId: 'somewhere-else', kind: 'ef-args-kind', seq: 1 });

    expect((await client.data(id)).data.onFilteredLiveEvent).toEqual({ streamId: 'somewhere-else', seq: 1 });
  });

  it.each([
    [
      'more than 10 groups',
      { filterGroup: Array.from({ length: 11 }, (_, i) => ({ filters: [{ fieldName: 'seq', operator: 'eq', value: i }] })) },
      'Filters exceed maximum filter groups limit 10 for subscription.',
    ],
    [
      'more than 5 filters in a group',
      { filterGroup: [{ filters: Array.from({ length: 6 }, (_, i) => ({ fieldName: `f${i}`, operator: 'eq', value: 1 })) }] },
      'Filters exceed maximum attributes limit 5 for subscription.',
    ],
    [
      'more than 5 values for in',
      { kind: { in: ['a', 'b', 'c', 'd', 'e', 'f'] } },
      'subscription exceeds maximum value limit 5 for operator `in`.',
    ],
    [
      'more than 20 values for containsAny',
      { tags: { containsAny: Array.from({ length: 21 }, (_, i) => `t${i}`) } },
      'subscription exceeds maximum value limit 20 for operator `containsAny`.',
    ],
    ['a field path deeper than 5 levels', { 'a.b.c.d.e.f': { eq: 1 } }, 'subscription filter has invalid field name `a.b.c.d.e.f`.'],
  ])('refuses a subscription whose filter has %s', async (_name, filter, message) => {
    const { answer } = await filtered('ef-limits', filter);

    expect(answer.type).toBe('error');
    expect(answer.payload.errors).toEqual([{ errorType: 'BadRequestException', message }]);
  });
});

describe('Invalidation', () => {
  const ON_FILTERED = 'subscription ($streamId: ID!) { onFilteredLiveEvent(streamId: $streamId) { streamId seq } }';

  it.each([
    ['an admin', async () => callerFor(runtime, 'admin')],
    ['the backend (IAM)', async () => livePublisher(runtime)],
  ])('closes the subscriptions whose invalidation filter matches when %s calls the mutation, and only those', async (who, closer) => {
    // Prepare
    const closing = await client.subscribe(apiKey(), ON_FILTERED, { streamId: `inv-${who}` });
    const staying = await client.subscribe(apiKey(), ON_FILTERED, { streamId: `inv-stays-${who}` });

    // Act
    const closed = await callEndpoint(runtime.url, await closer(), 'mutation ($s: ID!) { closeLiveStream(streamId: $s) }', {
      s: `inv-${who}`,
    });
    const completion = await client.next((m) => m.type === 'complete' && m.id === closing);
    await send({ streamId: `inv-${who}`, seq: 1 });
    await send({ streamId: `inv-stays-${who}`, seq: 2 });

    // Assess
    expect(closed.body).toEqual({ data: { closeLiveStream: true } });
    expect(completion).toEqual({ type: 'complete', id: closing });
    expect((await client.data(staying)).data.onFilteredLiveEvent).toEqual({ streamId: `inv-stays-${who}`, seq: 2 });
    expect(client.pending().filter((m) => m.id === closing)).toEqual([]);
  });
});
