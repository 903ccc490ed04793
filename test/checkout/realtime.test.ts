import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVideoshops, type Caller, type TestApi } from '../recommendations/api.ts';
import { RealtimeClient } from '../realtime/support.ts';
import { checkout, checkoutInput, checkoutShop, orderOf, sagasSettled, type CheckoutShop } from './support.ts';

const ON_MY_ORDER_UPDATED = 'subscription { onMyOrderUpdated { id status buyerId shopId total { amount currency } reason updatedAt } }';
const ON_ORDER_UPDATED = 'subscription ($id: ID!) { onOrderUpdated(id: $id) { id status reason } }';
const ON_SHOP_SALE =
  'subscription ($shopId: ID!) { onShopSale(shopId: $shopId) { shopId orderId total { amount } commission { amount } } }';

describe('checkout over the real-time endpoint', () => {
  let api: TestApi;
  let s: CheckoutShop;
  const clients: RealtimeClient[] = [];

  beforeAll(async () => {
    api = await startVideoshops({ onLambdaLog: () => {} });
    s = await checkoutShop(api, 'realtime-checkout', { count: 1, inventory: 100 });
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await api?.runtime.stop();
  });

  async function connect(caller: Caller) {
    const client = await RealtimeClient.connect(api.runtime, caller.auth, { endpointUrl: `${api.origin}/graphql` });
    clients.push(client);
    return client;
  }

  it('shows a shopper subscribed to onMyOrderUpdated the order going PENDING → CONFIRMED', async () => {
    const client = await connect(s.shopper);
    const id = await client.subscribe(s.shopper.auth, ON_MY_ORDER_UPDATED);

    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]));

    const first = (await client.data(id)).data.onMyOrderUpdated;
    const second = (await client.data(id)).data.onMyOrderUpdated;
    expect([first, second].map((u) => [u.id, u.status])).toEqual([
      [order.id, 'PENDING'],
      [order.id, 'CONFIRMED'],
    ]);
    expect(second).toMatchObject({ buyerId: s.shopper.sub, shopId: s.shop.id, total: { amount: 2500, currency: 'USD' }, reason: null });
    await sagasSettled(api);
  });

  it('shows a declined order ending FAILED with its reason', async () => {
    const client = await connect(s.shopper);
    const id = await client.subscribe(s.shopper.auth, ON_MY_ORDER_UPDATED);

    const order = await checkout(
      s.shopper,
      checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }], { paymentToken: 'tok_chargeDeclined' }),
    );

    await client.next((m) => m.id === id && m.payload?.data?.onMyOrderUpdated?.status === 'PENDING');
    const last = (await client.next((m) => m.id === id && m.payload?.data?.onMyOrderUpdated?.status !== 'PENDING')).payload.data
      .onMyOrderUpdated;
    expect(last).toMatchObject({ id: order.id, status: 'FAILED', reason: 'PAYMENT_DECLINED' });
    await sagasSettled(api);
  });

  it('tells the shop’s creator of the sale on onShopSale', async () => {
    const client = await connect(s.creator);
    const id = await client.subscribe(s.creator.auth, ON_SHOP_SALE, { shopId: s.shop.id });

    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 2 }]));

    // 5000 × the product's 12% commission.
    expect((await client.data(id)).data.onShopSale).toEqual({
      shopId: s.shop.id,
      orderId: order.id,
      total: { amount: 5000 },
      commission: { amount: 600 },
    });
    await sagasSettled(api);
  });

  it('never lets a late onOrderUpdated subscriber miss the final state: acknowledged, it re-reads the order', async () => {
    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]));
    const client = await connect(s.shopper);

    const id = await client.subscribe(s.shopper.auth, ON_ORDER_UPDATED, { id: order.id });
    const reread = await orderOf(s.shopper, order.id);
    await sagasSettled(api);

    // Whatever the order was when re-read, the updates after it lead to CONFIRMED.
    if (reread.status !== 'CONFIRMED') {
      const update = await client.next((m) => m.id === id && m.payload?.data?.onOrderUpdated?.status === 'CONFIRMED');
      expect(update.payload.data.onOrderUpdated.id).toBe(order.id);
    }
    expect((await orderOf(s.shopper, order.id)).status).toBe('CONFIRMED');
  });
});
