import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { RealtimeClient } from '../realtime/support.ts';
import {
  BAN,
  COMMENT,
  DELETE_COMMENT,
  END,
  ORDER_PLACED,
  PIN,
  START,
  VIEWERS,
  aggregator,
  backend,
  creatorWithShop,
  endpointOf,
  expectData,
  liveStream,
  product,
  scheduledStream,
  send,
  signIn,
  startLiveRuntime,
  type Caller,
} from './support.ts';

const ON_EVENT = `subscription ($streamId: ID!, $kinds: [LiveStreamEventKind!]) {
  onLiveStreamEvent(streamId: $streamId, kinds: $kinds) {
    streamId kind at
    stream { status }
    pin { productId commissionRateBps product { title } }
    comment { id authorName text }
    commentId bannedUserId viewerCount
    order { orderId quantity buyerDisplayName }
  }
}`;

describe('onLiveStreamEvent over AppSync’s real-time WebSocket', () => {
  let runtime: LocalRuntime;
  const clients: RealtimeClient[] = [];

  beforeAll(async () => {
    runtime = await startLiveRuntime();
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(() => runtime?.stop());

  /** A viewer connected to the live API's real-time endpoint: anonymous (API key) unless a signed-in user is given. */
  async function viewer(user?: Caller) {
    const auth = user ? user.auth : { apiKey: runtime.apiKey };
    const client = await RealtimeClient.connect(runtime, auth, { endpointUrl: endpointOf(runtime, 'live') });
    clients.push(client);
    return {
      client,
      subscribe: (variables: Record<string, unknown>) => client.subscribe(auth, ON_EVENT, variables),
      start: (variables: Record<string, unknown>) => client.start(auth, ON_EVENT, variables),
    };
  }

  const event = async (client: RealtimeClient, id: string) => (await client.data(id)).data.onLiveStreamEvent;

  it('delivers every kind of event of one stream to an anonymous viewer, in order, then closes the subscription when it ends', async () => {
    // Prepare
    const { user: creator } = await creatorWithShop(runtime);
    const stream = await scheduledStream(creator);
    const saucepan = await product(runtime, { commissionRateBps: 1200 });
    const commenter = await signIn(runtime, ['shoppers'], 'sam');
    const { client, subscribe } = await viewer();
    const id = await subscribe({ streamId: stream.id });

    // Act
    expectData(await creator.call(START, { id: stream.id }));
    expectData(await creator.call(PIN, { streamId: stream.id, productId: saucepan.id }));
    const posted = expectData(await commenter.call(COMMENT, { streamId: stream.id, text: 'Does it work on induction?' })).sendComment;
    expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 42 }));
    expectData(await creator.call(DELETE_COMMENT, { streamId: stream.id, commentId: posted.comment.id }));
    expectData(await creator.call(BAN, { streamId: stream.id, userId: commenter.sub }));
    const order = { streamId: stream.id, orderId: 'ORDER-7', productId: saucepan.id, quantity: 1, buyerDisplayName: 'Ada' };
    expectData(await backend(runtime, 'orderWorkflow').call(ORDER_PLACED, { input: order }));
    expectData(await creator.call(END, { id: stream.id }));

    // Assess
    const received = [];
    for (let i = 0; i < 8; i += 1) received.push(await event(client, id));
    expect(received.map((e) => e.kind)).toEqual([
      'STREAM_STARTED',
      'PRODUCT_PINNED',
      'COMMENT_POSTED',
      'VIEWER_COUNT',
      'COMMENT_DELETED',
      'USER_BANNED',
      'ORDER_PLACED',
      'STREAM_ENDED',
    ]);
    expect(received.every((e) => e.streamId === stream.id)).toBe(true);
    expect(received[0].stream).toEqual({ status: 'LIVE' });
    expect(received[1].pin).toEqual({ productId: saucepan.id, commissionRateBps: 1200, product: { title: 'Copper Saucepan' } });
    expect(received[2].comment).toEqual({
      id: posted.comment.id,
      authorName: posted.comment.authorName,
      text: 'Does it work on induction?',
    });
    expect(received[3].viewerCount).toBe(42);
    expect(received[4].commentId).toBe(posted.comment.id);
    expect(received[5].bannedUserId).toBe(commenter.sub);
    expect(received[6].order).toEqual({ orderId: 'ORDER-7', quantity: 1, buyerDisplayName: 'Ada' });
    expect(received[7].stream).toEqual({ status: 'ENDED' });
    expect(await client.next((m) => m.id === id && m.type !== 'data')).toEqual({ type: 'complete', id });
  });

  it('keeps a burst of comments and viewer counts in the order they were accepted, for signed-in and anonymous viewers alike', async () => {
    // Prepare
    const { stream } = await liveStream(runtime);
    const anonymousViewer = await viewer();
    const signedInViewer = await viewer(await signIn(runtime, ['shoppers']));
    const ids = [await anonymousViewer.subscribe({ streamId: stream.id }), await signedInViewer.subscribe({ streamId: stream.id })];
    const commenters = await Promise.all([1, 2, 3].map(() => signIn(runtime, ['shoppers'])));

    // Act
    const sent: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      if (i % 3 === 2) {
        expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 100 + i }));
        sent.push(`viewers ${100 + i}`);
      } else {
        expectData(await commenters[i % 3]!.call(COMMENT, { streamId: stream.id, text: `comment ${i}` }));
        sent.push(`comment ${i}`);
      }
    }

    // Assess
    for (const [index, { client }] of [anonymousViewer, signedInViewer].entries()) {
      const received: string[] = [];
      for (let i = 0; i < sent.length; i += 1) {
        const e = await event(client, ids[index]!);
        received.push(e.kind === 'VIEWER_COUNT' ? `viewers ${e.viewerCount}` : e.comment.text);
      }
      expect(received).toEqual(sent);
    }
  });

  it('delivers only the stream’s own events, and only the kinds asked for', async () => {
    // Prepare
    const { creator, stream } = await liveStream(runtime);
    const { stream: other } = await liveStream(runtime);
    const saucepan = await product(runtime);
    const commenter = await signIn(runtime, ['shoppers']);
    const all = await viewer();
    const pinsAndCounts = await viewer();
    const allId = await all.subscribe({ streamId: stream.id });
    const someId = await pinsAndCounts.subscribe({ streamId: stream.id, kinds: ['PRODUCT_PINNED', 'VIEWER_COUNT'] });

    // Act
    expectData(await commenter.call(COMMENT, { streamId: other.id, text: 'wrong room' }));
    expectData(await aggregator(runtime).call(VIEWERS, { streamId: other.id, viewerCount: 999 }));
    expectData(await commenter.call(COMMENT, { streamId: stream.id, text: 'right room' }));
    expectData(await creator.call(PIN, { streamId: stream.id, productId: saucepan.id }));
    expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 7 }));

    // Assess
    expect([await event(all.client, allId), await event(all.client, allId), await event(all.client, allId)].map((e) => e.kind)).toEqual([
      'COMMENT_POSTED',
      'PRODUCT_PINNED',
      'VIEWER_COUNT',
    ]);
    expect(
      [await event(pinsAndCounts.client, someId), await event(pinsAndCounts.client, someId)].map((e) => [e.kind, e.viewerCount]),
    ).toEqual([
      ['PRODUCT_PINNED', null],
      ['VIEWER_COUNT', 7],
    ]);
    expect(all.client.pending().filter((m) => m.type === 'data')).toEqual([]);
    expect(pinsAndCounts.client.pending().filter((m) => m.type === 'data')).toEqual([]);
  });

  it('narrows to six kinds too (past the five values AppSync’s `in` takes)', async () => {
    // Prepare
    const { stream } = await liveStream(runtime);
    const commenter = await signIn(runtime, ['shoppers']);
    const { client, subscribe } = await viewer();
    const kinds = ['STREAM_STARTED', 'STREAM_ENDED', 'PRODUCT_PINNED', 'COMMENT_DELETED', 'USER_BANNED', 'VIEWER_COUNT'];
    const id = await subscribe({ streamId: stream.id, kinds });

    // Act
    expectData(await commenter.call(COMMENT, { streamId: stream.id, text: 'not wanted' }));
    expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 3 }));

    // Assess
    expect((await event(client, id)).kind).toBe('VIEWER_COUNT');
    expect(client.pending().filter((m) => m.type === 'data')).toEqual([]);
  });

  it('refuses a subscription to an unknown stream, an ended one, or with no kinds', async () => {
    // Prepare
    const { creator, stream } = await liveStream(runtime);
    expectData(await creator.call(END, { id: stream.id }));
    const { start } = await viewer();

    // Act
    const unknown = await start({ streamId: 'NO-SUCH-STREAM' });
    const ended = await start({ streamId: stream.id });
    const noKinds = await start({ streamId: stream.id, kinds: [] });

    // Assess
    expect(unknown.answer).toMatchObject({ type: 'error', payload: { errors: [expect.objectContaining({ errorType: 'NOT_FOUND' })] } });
    expect(ended.answer).toMatchObject({ type: 'error', payload: { errors: [expect.objectContaining({ errorType: 'STREAM_NOT_LIVE' })] } });
    expect(noKinds.answer).toMatchObject({ type: 'error', payload: { errors: [expect.objectContaining({ errorType: 'VALIDATION' })] } });
  });

  it('works the same through the public (merged) endpoint: its mutations reach its subscribers, and the end closes them', async () => {
    // Prepare
    const { creator, stream } = await liveStream(runtime);
    const saucepan = await product(runtime);
    const client = await RealtimeClient.connect(runtime, { apiKey: runtime.apiKey });
    clients.push(client);
    const id = await client.subscribe({ apiKey: runtime.apiKey }, ON_EVENT, { streamId: stream.id });
    const merged = (query: string, variables: Record<string, unknown>) => send(runtime, creator.auth, query, variables, 'public');

    // Act
    expectData(await merged(PIN, { streamId: stream.id, productId: saucepan.id }));
    expectData(await merged(END, { id: stream.id }));

    // Assess
    expect((await event(client, id)).kind).toBe('PRODUCT_PINNED');
    expect((await event(client, id)).kind).toBe('STREAM_ENDED');
    expect(await client.next((m) => m.id === id && m.type !== 'data')).toEqual({ type: 'complete', id });
  });

  it('publishes nothing for a refused mutation', async () => {
    // Prepare
    const { stream } = await liveStream(runtime);
    const { client, subscribe } = await viewer();
    const id = await subscribe({ streamId: stream.id });
    const commenter = await signIn(runtime, ['shoppers']);

    // Act
    const refused = await commenter.call(COMMENT, { streamId: stream.id, text: ' ' });
    expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 5 }));

    // Assess
    expect(refused.body.errors[0].errorType).toBe('VALIDATION');
    expect((await event(client, id)).kind).toBe('VIEWER_COUNT');
  });
});
