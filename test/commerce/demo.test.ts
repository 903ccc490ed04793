import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.ts';
import { demoSub, demoUsers } from '../../demo/users.ts';
import { demoRecommendations } from '../../demo/recommendations.ts';
import { DEMO_EARNING_CREATOR, demoCommerceItems, demoOrders } from '../../demo/commerce.ts';
import type { AppSyncCaller } from '../../local/auth/request-headers.ts';
import { anonymous, backend, type Caller, type TestApi, startVideoshops } from '../recommendations/api.ts';
import { appSyncAuthHeaders } from '../../local/auth/request-headers.ts';
import { post } from '../support/runtime.ts';
import { MONEY, MY_EARNINGS, TRANSITION_EARNING, TRANSITION_ORDER, WORKFLOW, expectData, tableItems } from './support.ts';

const SHOP = `query ($slug: String!) { shopBySlug(slug: $slug) { id } }`;
const FEED = `query ($shopId: ID!) {
  recommendations(shopId: $shopId, limit: 50) { items { note videoUrl commissionRateBps product { title commissionRateBps brand { name } } } nextToken }
}`;
const MY_ORDERS = `{ myOrders(limit: 100) { items { id status total ${MONEY} } nextToken } }`;
const SHOP_ORDERS = `query ($shopId: ID!) { shopOrders(shopId: $shopId, limit: 100) { items { id status commission ${MONEY} } } }`;

describe('demo recommendations and commerce', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startVideoshops({ seed: seedDemoData, users: demoUsers });
  });

  afterAll(() => api?.runtime.stop());

  /** A demo user signed in with the seed's password, as a newcomer would after `npm start`. */
  async function demoUser(username: string): Promise<Caller> {
    const { idToken } = await api.runtime.auth.userPool.tokensFor(username);
    const auth: AppSyncCaller = { userPoolToken: idToken };
    return {
      sub: demoSub(username),
      auth,
      call: async (query, variables) => {
        const url = api.urlFor(query);
        const body = JSON.stringify({ query, variables });
        return post(url, body, await appSyncAuthHeaders(auth, { url, body }));
      },
    };
  }

  const daysAgo = (n: number) => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);

  it('writes the same commerce items for the same seed time', () => {
    const now = Date.parse('2026-11-20T12:00:00.000Z');
    expect(demoCommerceItems(now)).toEqual(demoCommerceItems(now));
  });

  it('gives every demo shop its recommendations, newest first, with product, brand and the commission snapshot', async () => {
    for (const [slug, recommended] of Object.entries(demoRecommendations)) {
      const { id } = expectData(await anonymous(api).call(SHOP, { slug })).shopBySlug;

      const feed = expectData(await anonymous(api).call(FEED, { shopId: id })).recommendations;

      expect(feed.nextToken).toBeNull();
      expect(feed.items.map((r: any) => [r.product.title, r.note])).toEqual([...recommended].reverse());
      expect(
        feed.items.every(
          (r: any) => r.commissionRateBps === r.product.commissionRateBps && r.product.brand.name && r.videoUrl.startsWith('https://'),
        ),
      ).toBe(true);
    }
  });

  it('shows the demo shopper their orders and the creator her shop’s orders in every state', async () => {
    const sam = await demoUser('sam.shopper');
    const cora = await demoUser(DEMO_EARNING_CREATOR);
    const { id: shopId } = expectData(await anonymous(api).call(SHOP, { slug: 'cora-cooks' })).shopBySlug;

    const samsOrders = expectData(await sam.call(MY_ORDERS)).myOrders.items;
    const shopOrders = expectData(await cora.call(SHOP_ORDERS, { shopId })).shopOrders.items;

    expect(samsOrders).toHaveLength(demoOrders.filter((o) => o.buyer === 'sam.shopper').length);
    expect(shopOrders).toHaveLength(demoOrders.length);
    expect(new Set(shopOrders.map((o: any) => o.status))).toEqual(
      new Set(['PENDING', 'CONFIRMED', 'FAILED', 'CANCELLED', 'FULFILLED', 'RETURNED']),
    );
    expect(shopOrders.every((o: any) => o.commission.amount > 0)).toBe(true);
  });

  it('gives the creator a ledger whose totals and balances add up, consistent with her orders', async () => {
    const cora = await demoUser(DEMO_EARNING_CREATOR);
    const items = await tableItems(api.runtime, 'Commerce');
    const entries = items.filter((i) => i.pk === `CREATOR#${demoSub(DEMO_EARNING_CREATOR)}` && String(i.sk).startsWith('ENTRY#'));
    const orders = new Map(items.filter((i) => i.sk === 'ORDER').map((o) => [o.id as string, o]));
    const sum = (status: string) => entries.filter((e) => e.status === status).reduce((s, e) => s + (e.amount as any).amount, 0);

    const earnings = expectData(await cora.call(MY_EARNINGS, { from: daysAgo(60), to: daysAgo(0), limit: 100 })).myEarnings;

    expect(new Set(entries.map((e) => e.status))).toEqual(new Set(['PENDING', 'AVAILABLE', 'PAID', 'REVERSED']));
    expect(earnings.entries.items).toHaveLength(entries.length);
    const expected = { pending: sum('PENDING'), available: sum('AVAILABLE'), paid: sum('PAID'), reversed: sum('REVERSED') };
    expect(earnings.totals).toEqual([
      {
        currency: 'USD',
        earned: { amount: expected.pending + expected.available + expected.paid, currency: 'USD' },
        pending: { amount: expected.pending, currency: 'USD' },
        available: { amount: expected.available, currency: 'USD' },
        paid: { amount: expected.paid, currency: 'USD' },
        reversed: { amount: expected.reversed, currency: 'USD' },
        entryCount: entries.length,
      },
    ]);
    expect(earnings.balances).toEqual([expect.objectContaining({ pending: earnings.totals[0].pending, paid: earnings.totals[0].paid })]);
    for (const entry of entries) {
      const order = orders.get(entry.orderId as string)!;
      if (entry.status === 'REVERSED') expect(['CANCELLED', 'RETURNED']).toContain(order.status);
      if (entry.status === 'AVAILABLE' || entry.status === 'PAID') {
        expect(order.status).toBe('FULFILLED');
        expect(order.returnWindowEndsAt as number).toBeLessThanOrEqual(Date.now());
      }
    }
  });

  it('lets the backend carry on from the demo state through the API', async () => {
    const workflow = backend(api, WORKFLOW);
    const items = await tableItems(api.runtime, 'Commerce');
    const byStatus = (status: string) => items.find((i) => i.sk === 'ORDER' && i.status === status)!;
    const entryOf = (status: string) => items.find((i) => String(i.sk).startsWith('ENTRY#') && i.status === status)!;

    expect(expectData(await workflow.call(TRANSITION_ORDER, { id: byStatus('PENDING').id, to: 'CONFIRMED' })).transitionOrder.status).toBe(
      'CONFIRMED',
    );
    const returnable = items.find((i) => i.sk === 'ORDER' && i.status === 'FULFILLED' && (i.returnWindowEndsAt as number) > Date.now())!;
    expect(expectData(await workflow.call(TRANSITION_ORDER, { id: returnable.id, to: 'RETURNED' })).transitionOrder.status).toBe(
      'RETURNED',
    );
    expect(
      expectData(await workflow.call(TRANSITION_EARNING, { orderId: entryOf('AVAILABLE').orderId, to: 'PAID' })).transitionEarning.status,
    ).toBe('PAID');
  });
});
