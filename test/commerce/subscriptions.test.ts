import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startVideoshops, type Caller, type TestApi } from '../recommendations/api.ts';
import { RealtimeClient } from '../realtime/support.ts';
import { expectError, line, marketplace, placeOrder, type Marketplace } from './support.ts';

const ON_ORDER_UPDATED = 'subscription ($id: ID!) { onOrderUpdated(id: $id) { id status total { amount currency } reason } }';
const ON_MY_ORDER_UPDATED = 'subscription { onMyOrderUpdated { id status buyerId } }';
const ON_SHOP_SALE =
  'subscription ($shopId: ID!) { onShopSale(shopId: $shopId) { shopId orderId total { amount currency } commission { amount currency } } }';
const PUBLISH_ORDER_UPDATE = `mutation ($input: OrderUpdateInput!) {
  publishOrderUpdate(input: $input) { id status buyerId shopId total { amount currency } reason updatedAt }
}`;
const PUBLISH_SHOP_SALE = `mutation ($input: ShopSaleInput!) {
  publishShopSale(input: $input) { shopId orderId total { amount currency } commission { amount currency } at }
}`;

describe('order subscriptions', () => {
  let api: TestApi;
  let m: Marketplace;
  const clients: RealtimeClient[] = [];

  beforeAll(async () => {
    api = await startVideoshops();
    m = await marketplace(api, 'subscribed-shop');
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await api?.runtime.stop();
  });

  /** A WebSocket connection of `caller` to the endpoint serving `query` (merged, or the commerce source API's). */
  async function connect(caller: Caller, query: string) {
    const client = await RealtimeClient.connect(api.runtime, caller.auth, { endpointUrl: api.urlFor(query) });
    clients.push(client);
    return client;
  }

  const update = (order: { id: string }, buyer: Caller, status: string, reason?: string) => ({
    input: {
      id: order.id,
      status,
      buyerId: buyer.sub,
      shopId: m.shop.id,
      total: { amount: 2000, currency: 'USD' },
      reason,
      updatedAt: new Date().toISOString(),
    },
  });

  describe('onOrderUpdated', () => {
    it('delivers the updates of one order to its buyer, and no other order’s', async () => {
      const [order, other] = [await placeOrder(m, [line(m.brandA)]), await placeOrder(m, [line(m.brandA)])];
      const client = await connect(m.buyer, ON_ORDER_UPDATED);
      const id = await client.subscribe(m.buyer.auth, ON_ORDER_UPDATED, { id: order.id });

      await m.workflow.call(PUBLISH_ORDER_UPDATE, update(other, m.buyer, 'CONFIRMED'));
      await m.workflow.call(PUBLISH_ORDER_UPDATE, update(order, m.buyer, 'FAILED', 'Payment declined'));

      expect(await client.data(id)).toEqual({
        data: { onOrderUpdated: { id: order.id, status: 'FAILED', total: { amount: 2000, currency: 'USD' }, reason: 'Payment declined' } },
      });
      expect(client.pending().filter((msg) => msg.type === 'data')).toEqual([]);
    });

    it('refuses anyone but the buyer with Unauthorized, and an unknown order with NOT_FOUND', async () => {
      const order = await placeOrder(m, [line(m.brandA)]);
      const admin = await signIn(api, ['admins']);

      for (const caller of [m.creator, m.brandA.owner, admin]) {
        const client = await connect(caller, ON_ORDER_UPDATED);
        const { answer } = await client.start(caller.auth, ON_ORDER_UPDATED, { id: order.id });
        expect(answer).toMatchObject({ type: 'error', payload: { errors: [expect.objectContaining({ errorType: 'Unauthorized' })] } });
      }
      const client = await connect(m.buyer, ON_ORDER_UPDATED);
      const { answer } = await client.start(m.buyer.auth, ON_ORDER_UPDATED, { id: 'NO-SUCH-ORDER' });
      expect(answer).toMatchObject({ type: 'error', payload: { errors: [expect.objectContaining({ errorType: 'NOT_FOUND' })] } });
    });
  });

  describe('onMyOrderUpdated', () => {
    it('delivers the updates of the caller’s own orders only, filtered on their identity', async () => {
      const otherBuyer = await signIn(api, ['shoppers'], 'buyer');
      const mine = await placeOrder(m, [line(m.brandA)]);
      const theirs = await placeOrder(m, [line(m.brandA)], otherBuyer);
      const client = await connect(m.buyer, ON_MY_ORDER_UPDATED);
      const id = await client.subscribe(m.buyer.auth, ON_MY_ORDER_UPDATED);

      await m.workflow.call(PUBLISH_ORDER_UPDATE, update(theirs, otherBuyer, 'CONFIRMED'));
      await m.workflow.call(PUBLISH_ORDER_UPDATE, update(mine, m.buyer, 'CONFIRMED'));
      await m.workflow.call(PUBLISH_ORDER_UPDATE, update(mine, m.buyer, 'FULFILLED'));

      expect((await client.data(id)).data.onMyOrderUpdated).toEqual({ id: mine.id, status: 'CONFIRMED', buyerId: m.buyer.sub });
      expect((await client.data(id)).data.onMyOrderUpdated).toEqual({ id: mine.id, status: 'FULFILLED', buyerId: m.buyer.sub });
      expect(client.pending().filter((msg) => msg.type === 'data')).toEqual([]);
    });
  });

  describe('onShopSale', () => {
    const sale = (shopId: string, orderId: string) => ({
      input: {
        shopId,
        orderId,
        total: { amount: 5000, currency: 'EUR' },
        commission: { amount: 500, currency: 'EUR' },
        at: new Date().toISOString(),
      },
    });

    it('delivers the sales of the creator’s own shop', async () => {
      const client = await connect(m.creator, ON_SHOP_SALE);
      const id = await client.subscribe(m.creator.auth, ON_SHOP_SALE, { shopId: m.shop.id });

      await m.workflow.call(PUBLISH_SHOP_SALE, sale('ANOTHER-SHOP', 'O-1'));
      await m.workflow.call(PUBLISH_SHOP_SALE, sale(m.shop.id, 'O-2'));

      expect((await client.data(id)).data.onShopSale).toEqual({
        shopId: m.shop.id,
        orderId: 'O-2',
        total: { amount: 5000, currency: 'EUR' },
        commission: { amount: 500, currency: 'EUR' },
      });
      expect(client.pending().filter((msg) => msg.type === 'data')).toEqual([]);
    });

    it('refuses another creator and non-creators with Unauthorized, an unknown shop with NOT_FOUND', async () => {
      const other = await marketplace(api, 'other-subscribed-shop');
      const cases: [Caller, string, string][] = [
        [other.creator, m.shop.id, 'Unauthorized'],
        [m.buyer, m.shop.id, 'Unauthorized'],
        [m.creator, 'NO-SUCH-SHOP', 'NOT_FOUND'],
      ];

      for (const [caller, shopId, errorType] of cases) {
        const client = await connect(caller, ON_SHOP_SALE);
        const { answer } = await client.start(caller.auth, ON_SHOP_SALE, { shopId });
        expect(answer).toMatchObject({ type: 'error', payload: { errors: [expect.objectContaining({ errorType })] } });
      }
    });
  });

  it('lets only backend principals publish', async () => {
    const order = await placeOrder(m, [line(m.brandA)]);

    expectError(await m.buyer.call(PUBLISH_ORDER_UPDATE, update(order, m.buyer, 'CONFIRMED')), 'Unauthorized');
    expectError(
      await m.creator.call(PUBLISH_SHOP_SALE, {
        input: {
          shopId: m.shop.id,
          orderId: order.id,
          total: { amount: 1, currency: 'USD' },
          commission: { amount: 0, currency: 'USD' },
          at: new Date().toISOString(),
        },
      }),
      'Unauthorized',
    );
  });
});
