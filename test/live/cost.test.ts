import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { RealtimeClient } from '../realtime/support.ts';
import {
  COMMENT,
  COMMENTS,
  END,
  ORDER_PLACED,
  PIN,
  START,
  aggregator,
  anonymous,
  backend,
  creatorWithShop,
  endpointOf,
  expectData,
  expectError,
  liveStream,
  product,
  recommend,
  scheduledStream,
  signIn,
  startLiveRuntime,
  VIEWERS,
} from './support.ts';

/**
 * DynamoDB requests per operation, counted as AppSync issues them (one per data-source call; the
 * runtime batches nothing across resolvers). The README's cost table is checked here.
 */
describe('what each live operation costs in DynamoDB requests', () => {
  let runtime: LocalRuntime;
  let calls: { operation: string; tables: string[] }[] = [];

  beforeAll(async () => {
    runtime = await startLiveRuntime({ onDynamoDbRequest: (call) => calls.push(call) });
  });

  afterAll(() => runtime?.stop());

  /** The requests `act` made, as `Operation(Table, …)`. */
  async function requestsOf(act: () => Promise<unknown>): Promise<string[]> {
    calls = [];
    await act();
    const logical = (physical: string) =>
      ['Shops', 'Recommendations', 'Commerce', 'Live'].find((t) => runtime.tableName(t) === physical) ?? physical;
    return calls.map((c) => `${c.operation}(${c.tables.map(logical).join(', ')})`);
  }

  it('startLiveStream, endLiveStream and updateViewerCount: one conditional update each', async () => {
    // Prepare
    const { user } = await creatorWithShop(runtime);
    const stream = await scheduledStream(user);

    // Act + Assess
    expect(await requestsOf(async () => expectData(await user.call(START, { id: stream.id })))).toEqual(['UpdateItem(Live)']);
    expect(
      await requestsOf(async () => expectData(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 5 }))),
    ).toEqual(['UpdateItem(Live)']);
    expect(await requestsOf(async () => expectData(await user.call(END, { id: stream.id })))).toEqual(['UpdateItem(Live)']);
  });

  it('a refused start, end or viewer count: the update, then one read of the stream to say why (AppSync does not return it)', async () => {
    // Prepare
    const { user } = await creatorWithShop(runtime);
    const stream = await scheduledStream(user);
    const refused = ['UpdateItem(Live)', 'GetItem(Live)'];

    // Act + Assess
    expect(await requestsOf(async () => expectError(await user.call(END, { id: stream.id }), 'STREAM_NOT_LIVE'))).toEqual(refused);
    expect(
      await requestsOf(async () =>
        expectError(await aggregator(runtime).call(VIEWERS, { streamId: stream.id, viewerCount: 5 }), 'STREAM_NOT_LIVE'),
      ),
    ).toEqual(refused);
    expectData(await user.call(START, { id: stream.id }));
    expect(await requestsOf(async () => expectError(await user.call(START, { id: stream.id }), 'CONFLICT'))).toEqual(refused);
  });

  it('pinProduct: the stream, one batch of the product and its recommendation, one transaction', async () => {
    // Prepare
    const { creator, shop, stream } = await liveStream(runtime);
    const saucepan = await product(runtime);
    await recommend(runtime, shop, saucepan.id, 900, creator.sub);

    // Act + Assess: the event's product is the one just read, not read again
    expect(await requestsOf(async () => expectData(await creator.call(PIN, { streamId: stream.id, productId: saucepan.id })))).toEqual([
      'GetItem(Live)',
      'BatchGetItem(Shops, Recommendations)',
      'TransactWriteItems(Live)',
    ]);
  });

  it('sendComment: the author’s profile and one transaction; publishLiveOrderPlaced: none', async () => {
    // Prepare
    const { stream } = await liveStream(runtime);
    const viewer = await signIn(runtime, ['shoppers']);
    const order = { streamId: stream.id, orderId: 'O', productId: 'P', quantity: 1 };

    // Act + Assess
    expect(await requestsOf(async () => expectData(await viewer.call(COMMENT, { streamId: stream.id, text: 'hi' })))).toEqual([
      'GetItem(Shops)',
      'TransactWriteItems(Live)',
    ]);
    expect(await requestsOf(async () => expectData(await backend(runtime, 'orderWorkflow').call(ORDER_PLACED, { input: order })))).toEqual(
      [],
    );
  });

  it('liveNow and liveComments: one query a page; subscribing: one read of the stream', async () => {
    // Prepare
    const { stream } = await liveStream(runtime);
    const client = await RealtimeClient.connect(runtime, { apiKey: runtime.apiKey }, { endpointUrl: endpointOf(runtime, 'live') });

    try {
      // Act + Assess
      expect(
        await requestsOf(async () => expectData(await anonymous(runtime).call('{ liveNow { items { id title viewerCount } } }'))),
      ).toEqual(['Query(Live)']);
      expect(await requestsOf(async () => expectData(await anonymous(runtime).call(COMMENTS, { streamId: stream.id })))).toEqual([
        'Query(Live)',
      ]);
      expect(
        await requestsOf(() =>
          client.subscribe({ apiKey: runtime.apiKey }, 'subscription ($id: ID!) { onLiveStreamEvent(streamId: $id) { kind } }', {
            id: stream.id,
          }),
        ),
      ).toEqual(['GetItem(Live)']);
    } finally {
      client.close();
    }
  });
});
