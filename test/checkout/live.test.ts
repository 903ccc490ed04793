import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVideoshops, type TestApi } from '../recommendations/api.ts';
import { brandWithProducts, creatorWithShop } from '../recommendations/support.ts';
import { RealtimeClient } from '../realtime/support.ts';
import { signIn } from '../recommendations/api.ts';
import { PIN, SCHEDULE, START } from '../live/support.ts';
import { checkout, checkoutInput, expectData, orderOf, sagasSettled } from './support.ts';

const ON_ORDERS = `subscription ($streamId: ID!, $kinds: [LiveStreamEventKind!]) {
  onLiveStreamEvent(streamId: $streamId, kinds: $kinds) { streamId kind order { orderId productId quantity buyerDisplayName } }
}`;

describe('checkout from a live stream', () => {
  let api: TestApi;
  const clients: RealtimeClient[] = [];

  beforeAll(async () => {
    api = await startVideoshops({ onLambdaLog: () => {} });
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await api?.runtime.stop();
  });

  it('sells the product pinned in the shop’s live stream, at the pin’s rate, and tells the viewers ORDER_PLACED', async () => {
    const { user: creator, shop } = await creatorWithShop(api, 'live-checkout');
    const { products } = await brandWithProducts(api, 1, 'Pinned Brand', {
      price: { amount: 4000, currency: 'USD' },
      commissionRateBps: 800,
    });
    const scheduledAt = new Date(Date.now() + 60_000).toISOString();
    const stream = expectData(await creator.call(SCHEDULE, { input: { title: 'Live now', scheduledAt } })).scheduleLiveStream;
    expectData(await creator.call(START, { id: stream.id }));
    expectData(await creator.call(PIN, { streamId: stream.id, productId: products[0]!.id }));
    const viewer = await signIn(api, ['shoppers'], 'viewer');
    const client = await RealtimeClient.connect(api.runtime, viewer.auth, { endpointUrl: `${api.origin}/graphql` });
    clients.push(client);
    const id = await client.subscribe(viewer.auth, ON_ORDERS, { streamId: stream.id, kinds: ['ORDER_PLACED'] });

    const order = await checkout(viewer, checkoutInput({ shop }, [{ product: products[0]!, quantity: 2 }]));
    await sagasSettled(api);

    expect((await orderOf(viewer, order.id)).status).toBe('CONFIRMED');
    expect((await client.data(id)).data.onLiveStreamEvent).toEqual({
      streamId: stream.id,
      kind: 'ORDER_PLACED',
      order: { orderId: order.id, productId: products[0]!.id, quantity: 2, buyerDisplayName: null },
    });
    // 8000 × the pin's 8% (the product is not recommended: the pin's rate is the product's now).
    const earnings = await creator.call(
      `query { myEarnings(from: "${new Date().toISOString().slice(0, 10)}", to: "${new Date().toISOString().slice(0, 10)}") { totals { earned { amount } } } }`,
    );
    expect(expectData(earnings).myEarnings.totals[0].earned.amount).toBe(640);
  });
});
