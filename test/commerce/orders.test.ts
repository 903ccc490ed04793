import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, backend, signIn, startVideoshops, type TestApi } from '../recommendations/api.ts';
import { outcomeOf, PERMISSION_DENIED } from '../auth/outcomes.ts';
import {
  CREATE_ORDER,
  MONEY,
  ORDER,
  ORDER_FIELDS,
  TRANSITION_ORDER,
  expectData,
  expectError,
  line,
  marketplace,
  moveOrder,
  placeOrder,
  tableItems,
  type Marketplace,
} from './support.ts';

const MY_ORDERS = `query ($limit: Int, $nextToken: String) { myOrders(limit: $limit, nextToken: $nextToken) { items { id status commission ${MONEY} } nextToken } }`;
const SHOP_ORDERS = `query ($shopId: ID!, $limit: Int, $nextToken: String) {
  shopOrders(shopId: $shopId, limit: $limit, nextToken: $nextToken) { items { id buyerId status total ${MONEY} commission ${MONEY} } nextToken }
}`;
const BRAND_ORDERS = `query ($brandId: ID!, $limit: Int, $nextToken: String) {
  brandOrders(brandId: $brandId, limit: $limit, nextToken: $nextToken) {
    items { orderId brandId buyerId shopId status lines { productId quantity total ${MONEY} } total ${MONEY} createdAt updatedAt }
    nextToken
  }
}`;

/** Every page of a paginated field, `limit` at a time. */
async function allPages(call: (nextToken: string | null) => Promise<{ items: any[]; nextToken: string | null }>) {
  const pages: any[][] = [];
  let nextToken: string | null = null;
  do {
    const page = await call(nextToken);
    pages.push(page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return pages;
}

describe('orders', () => {
  let api: TestApi;
  let m: Marketplace;

  beforeAll(async () => {
    api = await startVideoshops();
    m = await marketplace(api, 'orders-shop');
  });

  afterAll(() => api?.runtime.stop());

  const commerce = () => tableItems(api.runtime, 'Commerce');

  describe('createOrder', () => {
    it('records a PENDING order priced per line, its commission and one part per brand', async () => {
      // Prepare
      const lines = [
        line(m.brandA, { unitPrice: { amount: 1999, currency: 'EUR' }, quantity: 3, commissionRateBps: 1250, returnWindowDays: 14 }),
        line(m.brandA, { unitPrice: { amount: 500, currency: 'EUR' }, commissionRateBps: 0, returnWindowDays: 0, imageUrl: null }),
        line(m.brandB, { unitPrice: { amount: 10001, currency: 'EUR' }, quantity: 2, commissionRateBps: 333, returnWindowDays: 60 }),
      ];

      // Act
      const order = await placeOrder(m, lines);

      // Assess
      expect(order).toMatchObject({
        buyerId: m.buyer.sub,
        shopId: m.shop.id,
        creatorId: m.creator.sub,
        status: 'PENDING',
        currency: 'EUR',
        total: { amount: 5997 + 500 + 20002, currency: 'EUR' },
        // floor(5997 × 12.5%) + 0 + floor(20002 × 3.33%) = 749 + 0 + 666
        commission: { amount: 749 + 666, currency: 'EUR' },
        history: [{ status: 'PENDING', reason: null }],
      });
      expect(order.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect((order as any).lines[1]).toMatchObject({ imageUrl: null, total: { amount: 500, currency: 'EUR' }, returnWindowDays: 0 });
      const parts = (await commerce()).filter((item) => item.pk === `ORDER#${order.id}` && String(item.sk).startsWith('BRAND#'));
      expect(parts.map((p) => [p.brandId, p.status, (p.total as any).amount, (p.lines as any[]).length]).sort()).toEqual(
        [
          [m.brandA.id, 'PENDING', 6497, 2],
          [m.brandB.id, 'PENDING', 20002, 1],
        ].sort(),
      );
    });

    it.each([
      ['no line', () => [], [{ field: 'lines', message: 'must have 1 to 50 lines' }]],
      [
        'two currencies',
        () => [line(m.brandA), line(m.brandA, { unitPrice: { amount: 100, currency: 'GBP' } })],
        [{ field: 'lines[1].unitPrice.currency', message: "must be USD, the order's currency" }],
      ],
      [
        'a product twice',
        () => [line(m.brandA, { productId: 'SAME' }), line(m.brandA, { productId: 'SAME' })],
        [{ field: 'lines[1].productId', message: 'appears in another line' }],
      ],
      ['quantity 0', () => [line(m.brandA, { quantity: 0 })], [{ field: 'lines[0].quantity', message: 'must be between 1 and 100' }]],
      [
        'a free product',
        () => [line(m.brandA, { unitPrice: { amount: 0, currency: 'USD' } })],
        [{ field: 'lines[0].unitPrice.amount', message: 'must be between 1 and 10000000 minor units' }],
      ],
      [
        'a 51% commission',
        () => [line(m.brandA, { commissionRateBps: 5100 })],
        [{ field: 'lines[0].commissionRateBps', message: 'must be between 0 and 5000' }],
      ],
      [
        'a 91-day return window',
        () => [line(m.brandA, { returnWindowDays: 91 })],
        [{ field: 'lines[0].returnWindowDays', message: 'must be between 0 and 90' }],
      ],
      [
        'an http image',
        () => [line(m.brandA, { imageUrl: 'http://images.example/x.jpg' })],
        [{ field: 'lines[0].imageUrl', message: 'must be an https:// URL' }],
      ],
      ['a blank title', () => [line(m.brandA, { title: '  ' })], [{ field: 'lines[0].title', message: 'cannot be blank' }]],
      [
        'a total over 1,000,000,000',
        () => Array.from({ length: 11 }, () => line(m.brandA, { unitPrice: { amount: 10000000, currency: 'USD' }, quantity: 10 })),
        [{ field: 'lines', message: 'must total at most 1000000000 minor units' }],
      ],
      [
        '21 brands',
        () => Array.from({ length: 21 }, (_, i) => line({ ...m.brandA, id: `BRAND-${i}` })),
        [{ field: 'lines', message: 'must come from at most 20 brands' }],
      ],
    ])('refuses %s with VALIDATION, writing nothing', async (_, lines, problems) => {
      const before = await commerce();

      const error = expectError(
        await m.workflow.call(CREATE_ORDER, {
          input: { buyerId: m.buyer.sub, shopId: m.shop.id, creatorId: m.creator.sub, lines: lines() },
        }),
        'VALIDATION',
      );

      expect(error.errorInfo.problems).toEqual(problems);
      expect(await commerce()).toEqual(before);
    });

    it('is for granted backend principals only: users, admins and the API key get Unauthorized, other principals are refused', async () => {
      const input = { buyerId: m.buyer.sub, shopId: m.shop.id, creatorId: m.creator.sub, lines: [line(m.brandA)] };
      const admin = await signIn(api, ['admins']);
      const before = await commerce();

      expectError(await m.buyer.call(CREATE_ORDER, { input }), 'Unauthorized');
      expectError(await admin.call(CREATE_ORDER, { input }), 'Unauthorized');
      expectError(await anonymous(api).call(CREATE_ORDER, { input }), 'Unauthorized');
      expect(outcomeOf(await backend(api, 'earningsJob').call(CREATE_ORDER, { input }))).toEqual(PERMISSION_DENIED);

      expect(await commerce()).toEqual(before);
    });
  });

  describe('transitionOrder', () => {
    it('moves an order PENDING → CONFIRMED → FULFILLED → RETURNED, one event per transition, brand parts alike', async () => {
      const order = await placeOrder(m, [line(m.brandA), line(m.brandB)]);

      expectData(await m.workflow.call(TRANSITION_ORDER, { id: order.id, to: 'CONFIRMED' }));
      expectData(await m.workflow.call(TRANSITION_ORDER, { id: order.id, to: 'FULFILLED' }));
      const returned = expectData(
        await m.workflow.call(TRANSITION_ORDER, { id: order.id, to: 'RETURNED', reason: 'Too small' }),
      ).transitionOrder;

      expect(returned).toEqual({
        id: order.id,
        status: 'RETURNED',
        history: [
          { status: 'PENDING', reason: null },
          { status: 'CONFIRMED', reason: null },
          { status: 'FULFILLED', reason: null },
          { status: 'RETURNED', reason: 'Too small' },
        ],
      });
      const items = (await commerce()).filter((item) => item.pk === `ORDER#${order.id}`);
      expect(items.map((item) => item.status)).toEqual(['RETURNED', 'RETURNED', 'RETURNED']);
      expect(items.find((item) => item.sk === 'ORDER')).toMatchObject({
        confirmedAt: expect.any(String),
        fulfilledAt: expect.any(String),
        returnedAt: expect.any(String),
      });
    });

    it('moves PENDING → FAILED, PENDING → CANCELLED and CONFIRMED → CANCELLED', async () => {
      const failed = await placeOrder(m, [line(m.brandA)]);
      const cancelledPending = await placeOrder(m, [line(m.brandA)]);
      const cancelled = await placeOrder(m, [line(m.brandA)]);

      await moveOrder(m, failed.id, 'FAILED');
      await moveOrder(m, cancelledPending.id, 'CANCELLED');
      await moveOrder(m, cancelled.id, 'CONFIRMED', 'CANCELLED');

      expect(expectData(await m.buyer.call(ORDER, { id: failed.id })).order.status).toBe('FAILED');
      expect(expectData(await m.buyer.call(ORDER, { id: cancelledPending.id })).order.status).toBe('CANCELLED');
      expect(expectData(await m.buyer.call(ORDER, { id: cancelled.id })).order.status).toBe('CANCELLED');
    });

    it.each([
      [[], 'FULFILLED', 'PENDING'],
      [[], 'RETURNED', 'PENDING'],
      [['CONFIRMED'], 'CONFIRMED', 'CONFIRMED'],
      [['CONFIRMED'], 'FAILED', 'CONFIRMED'],
      [['CONFIRMED'], 'RETURNED', 'CONFIRMED'],
      [['FAILED'], 'CONFIRMED', 'FAILED'],
      [['CONFIRMED', 'CANCELLED'], 'FULFILLED', 'CANCELLED'],
      [['CONFIRMED', 'FULFILLED'], 'CANCELLED', 'FULFILLED'],
      [['CONFIRMED', 'FULFILLED', 'RETURNED'], 'FULFILLED', 'RETURNED'],
    ])('after %j refuses → %s with INVALID_TRANSITION from %s, writing nothing', async (path, to, from) => {
      const order = await placeOrder(m, [line(m.brandA)]);
      await moveOrder(m, order.id, ...path);
      const before = await commerce();

      const error = expectError(await m.workflow.call(TRANSITION_ORDER, { id: order.id, to }), 'INVALID_TRANSITION');

      expect(error.errorInfo).toEqual({ from, to });
      expect(await commerce()).toEqual(before);
    });

    it('refuses a return once the return window has ended', async () => {
      const order = await placeOrder(m, [line(m.brandA, { returnWindowDays: 0 })]);
      await moveOrder(m, order.id, 'CONFIRMED', 'FULFILLED');

      const error = expectError(await m.workflow.call(TRANSITION_ORDER, { id: order.id, to: 'RETURNED' }), 'INVALID_TRANSITION');

      expect(error.errorInfo).toEqual({ from: 'FULFILLED', to: 'RETURNED', returnWindowEndedAt: expect.any(String) });
    });

    it('refuses → PENDING and an over-long reason with VALIDATION, and an unknown order with NOT_FOUND', async () => {
      const order = await placeOrder(m, [line(m.brandA)]);

      const pending = expectError(await m.workflow.call(TRANSITION_ORDER, { id: order.id, to: 'PENDING' }), 'VALIDATION');
      const reason = expectError(
        await m.workflow.call(TRANSITION_ORDER, { id: order.id, to: 'CONFIRMED', reason: 'r'.repeat(501) }),
        'VALIDATION',
      );
      const missing = expectError(await m.workflow.call(TRANSITION_ORDER, { id: 'NO-SUCH-ORDER', to: 'CONFIRMED' }), 'NOT_FOUND');

      expect(pending.errorInfo.problems).toEqual([{ field: 'to', message: 'must be a state an order can move to; orders start PENDING' }]);
      expect(reason.errorInfo.problems).toEqual([{ field: 'reason', message: 'must be at most 500 characters' }]);
      expect(missing.errorInfo).toEqual({ id: 'NO-SUCH-ORDER' });
      expect(expectData(await m.buyer.call(ORDER, { id: order.id })).order.status).toBe('PENDING');
    });

    it('is for backend principals only', async () => {
      const order = await placeOrder(m, [line(m.brandA)]);

      expectError(await m.creator.call(TRANSITION_ORDER, { id: order.id, to: 'CONFIRMED' }), 'Unauthorized');
      expect(outcomeOf(await backend(api, 'earningsJob').call(TRANSITION_ORDER, { id: order.id, to: 'CONFIRMED' }))).toEqual(
        PERMISSION_DENIED,
      );
      expect(expectData(await m.buyer.call(ORDER, { id: order.id })).order.status).toBe('PENDING');
    });

    it('lets exactly one of two concurrent transitions win, brand parts following the winner', async () => {
      for (let round = 0; round < 6; round += 1) {
        const order = await placeOrder(m, [line(m.brandA), line(m.brandB)]);
        await moveOrder(m, order.id, 'CONFIRMED');

        const results = await Promise.all(['CANCELLED', 'FULFILLED'].map((to) => m.workflow.call(TRANSITION_ORDER, { id: order.id, to })));

        const winners = results.filter((r) => r.body.data?.transitionOrder);
        const losers = results.filter((r) => !r.body.data?.transitionOrder);
        expect(winners).toHaveLength(1);
        const won = winners[0]!.body.data.transitionOrder.status;
        expect(losers[0]!.body.errors[0]).toMatchObject({ errorType: 'INVALID_TRANSITION', errorInfo: { from: won } });
        const items = (await commerce()).filter((item) => item.pk === `ORDER#${order.id}`);
        expect(items.map((item) => item.status)).toEqual([won, won, won]);
        expect((items.find((item) => item.sk === 'ORDER')!.history as any[]).map((e) => e.status)).toEqual(['PENDING', 'CONFIRMED', won]);
      }
    });

    it('applies the same transition once when the workflow retries it concurrently', async () => {
      const order = await placeOrder(m, [line(m.brandA)]);

      const results = await Promise.all(
        Array.from({ length: 5 }, () => m.workflow.call(TRANSITION_ORDER, { id: order.id, to: 'CONFIRMED' })),
      );

      expect(results.filter((r) => r.body.data?.transitionOrder)).toHaveLength(1);
      expect(results.filter((r) => !r.body.data?.transitionOrder).map((r) => r.body.errors[0].errorInfo)).toEqual(
        Array(4).fill({ from: 'CONFIRMED', to: 'CONFIRMED' }),
      );
      expect(expectData(await m.buyer.call(ORDER, { id: order.id })).order.history.map((e: any) => e.status)).toEqual([
        'PENDING',
        'CONFIRMED',
      ]);
    });
  });

  describe('order', () => {
    it('shows the buyer their order without the commission, the creator and admins with it', async () => {
      const order = await placeOrder(m, [line(m.brandA, { commissionRateBps: 2000 })]);
      const admin = await signIn(api, ['admins']);

      const asBuyer = expectData(await m.buyer.call(ORDER, { id: order.id })).order;
      const asCreator = expectData(await m.creator.call(ORDER, { id: order.id })).order;
      const asAdmin = expectData(await admin.call(ORDER, { id: order.id })).order;

      expect(asBuyer).toMatchObject({ id: order.id, total: { amount: 2000, currency: 'USD' }, commission: null });
      expect(asCreator).toMatchObject({ id: order.id, commission: { amount: 400, currency: 'USD' } });
      expect(asAdmin).toEqual(asCreator);
    });

    it('shows a brand in the order only its own lines and their total', async () => {
      const order = await placeOrder(m, [line(m.brandA, { quantity: 2 }), line(m.brandB, { unitPrice: { amount: 700, currency: 'USD' } })]);

      const asBrandB = expectData(await m.brandB.owner.call(ORDER, { id: order.id })).order;

      expect(asBrandB.lines).toEqual([expect.objectContaining({ brandId: m.brandB.id, total: { amount: 700, currency: 'USD' } })]);
      expect(asBrandB).toMatchObject({ total: { amount: 700, currency: 'USD' }, commission: null });
    });

    it('refuses anyone else with FORBIDDEN and the API key with Unauthorized; an unknown order is null', async () => {
      const order = await placeOrder(m, [line(m.brandA)]);
      const stranger = await signIn(api, ['shoppers']);
      const otherCreator = await signIn(api, ['creators']);

      expectError(await stranger.call(ORDER, { id: order.id }), 'FORBIDDEN');
      expectError(await otherCreator.call(ORDER, { id: order.id }), 'FORBIDDEN');
      expectError(await anonymous(api).call(ORDER, { id: order.id }), 'Unauthorized');
      expect(expectData(await m.buyer.call(ORDER, { id: 'NO-SUCH-ORDER' })).order).toBeNull();
    });
  });

  describe('myOrders, shopOrders and brandOrders', () => {
    let shop: Marketplace;
    const placed: string[] = [];

    beforeAll(async () => {
      shop = await marketplace(api, 'listing-shop');
      for (let i = 0; i < 5; i += 1) placed.push((await placeOrder(shop, [line(shop.brandA), ...(i % 2 ? [line(shop.brandB)] : [])])).id);
      // Another buyer's order in the same shop.
      placed.push((await placeOrder(shop, [line(shop.brandB)], await signIn(api, ['shoppers']))).id);
    });

    it('pages through the caller’s own orders, newest first, without commissions', async () => {
      const pages = await allPages(async (nextToken) => expectData(await shop.buyer.call(MY_ORDERS, { limit: 2, nextToken })).myOrders);

      expect(pages.map((p) => p.length).slice(0, 3)).toEqual([2, 2, 1]);
      expect(pages.flat().map((o) => o.id)).toEqual(placed.slice(0, 5).reverse());
      expect(pages.flat().every((o) => o.commission === null)).toBe(true);
    });

    it('pages through a shop’s orders for its creator, newest first, with commissions', async () => {
      const pages = await allPages(
        async (nextToken) => expectData(await shop.creator.call(SHOP_ORDERS, { shopId: shop.shop.id, limit: 4, nextToken })).shopOrders,
      );

      expect(pages.flat().map((o) => o.id)).toEqual([...placed].reverse());
      expect(pages.flat().every((o) => o.commission !== null)).toBe(true);
    });

    it('pages through a brand’s parts of orders, newest first, with its own lines only', async () => {
      const pages = await allPages(
        async (nextToken) =>
          expectData(await shop.brandB.owner.call(BRAND_ORDERS, { brandId: shop.brandB.id, limit: 2, nextToken })).brandOrders,
      );

      const parts = pages.flat();
      expect(parts.map((p) => p.orderId)).toEqual([placed[5], placed[3], placed[1]]);
      expect(parts.every((p) => p.brandId === shop.brandB.id && p.lines.length === 1 && p.status === 'PENDING')).toBe(true);
    });

    it('keeps a brand part’s status with its order’s', async () => {
      await moveOrder(shop, placed[3]!, 'CONFIRMED', 'FULFILLED');

      const parts = expectData(await shop.brandB.owner.call(BRAND_ORDERS, { brandId: shop.brandB.id })).brandOrders.items;

      expect(parts.find((p: any) => p.orderId === placed[3]).status).toBe('FULFILLED');
    });

    it('lets admins list any shop’s and brand’s orders', async () => {
      const admin = await signIn(api, ['admins']);

      expect(expectData(await admin.call(SHOP_ORDERS, { shopId: shop.shop.id, limit: 100 })).shopOrders.items).toHaveLength(6);
      expect(expectData(await admin.call(BRAND_ORDERS, { brandId: shop.brandA.id })).brandOrders.items).toHaveLength(5);
    });

    it('refuses another creator’s shop and another brand with FORBIDDEN, unknown ones with NOT_FOUND, other groups with Unauthorized', async () => {
      expectError(await m.creator.call(SHOP_ORDERS, { shopId: shop.shop.id }), 'FORBIDDEN');
      expectError(await shop.brandA.owner.call(BRAND_ORDERS, { brandId: shop.brandB.id }), 'FORBIDDEN');
      expectError(await shop.creator.call(SHOP_ORDERS, { shopId: 'NO-SUCH-SHOP' }), 'NOT_FOUND');
      expectError(await shop.brandA.owner.call(BRAND_ORDERS, { brandId: 'NO-SUCH-BRAND' }), 'NOT_FOUND');
      expectError(await shop.buyer.call(SHOP_ORDERS, { shopId: shop.shop.id }), 'Unauthorized');
      expectError(await shop.creator.call(BRAND_ORDERS, { brandId: shop.brandA.id }), 'Unauthorized');
      expectError(await anonymous(api).call(MY_ORDERS, {}), 'Unauthorized');
    });

    it.each([0, 101])('refuses limit %d with VALIDATION', async (limit) => {
      expectError(await shop.buyer.call(MY_ORDERS, { limit }), 'VALIDATION');
      expectError(await shop.creator.call(SHOP_ORDERS, { shopId: shop.shop.id, limit }), 'VALIDATION');
      expectError(await shop.brandA.owner.call(BRAND_ORDERS, { brandId: shop.brandA.id, limit }), 'VALIDATION');
    });
  });

  it('serves Order fields the IAM backend selected to the workflow, with the commission', async () => {
    const created = expectData(
      await m.workflow.call(`mutation ($input: CreateOrderInput!) { createOrder(input: $input) { ${ORDER_FIELDS} } }`, {
        input: { buyerId: m.buyer.sub, shopId: m.shop.id, creatorId: m.creator.sub, lines: [line(m.brandA)] },
      }),
    ).createOrder;

    expect(created.commission).toEqual({ amount: 200, currency: 'USD' });
  });
});
