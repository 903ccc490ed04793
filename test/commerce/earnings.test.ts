import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, backend, signIn, startVideoshops, type TestApi } from '../recommendations/api.ts';
import { outcomeOf, PERMISSION_DENIED } from '../auth/outcomes.ts';
import {
  MY_EARNINGS,
  RECORD_COMMISSION,
  TRANSITION_EARNING,
  expectData,
  expectError,
  line,
  marketplace,
  moveOrder,
  placeOrder,
  tableItems,
  today,
  type Marketplace,
} from './support.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('earnings', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startVideoshops();
  });

  afterAll(() => api?.runtime.stop());

  const commerce = () => tableItems(api.runtime, 'Commerce');

  /** A CONFIRMED order earning `commission` USD (a 10% line), its commission recorded unless asked not to. */
  async function earningOrder(m: Marketplace, commission: number, options: { returnWindowDays?: number; record?: boolean } = {}) {
    const order = await placeOrder(m, [
      line(m.brandA, { unitPrice: usd(commission * 10), returnWindowDays: options.returnWindowDays ?? 30 }),
    ]);
    await moveOrder(m, order.id, 'CONFIRMED');
    if (options.record !== false) expectData(await m.workflow.call(RECORD_COMMISSION, { orderId: order.id }));
    return order;
  }

  const earningsOf = async (m: Marketplace, from = today(), to = today()) =>
    expectData(await m.creator.call(MY_EARNINGS, { from, to, limit: 100 })).myEarnings;

  /** Every ledger entry of the creator, by state: what the balance must add up to. */
  async function ledgerSums(m: Marketplace) {
    const entries = (await commerce()).filter((item) => item.pk === `CREATOR#${m.creator.sub}` && String(item.sk).startsWith('ENTRY#'));
    const sums: Record<string, number> = { pending: 0, available: 0, paid: 0, reversed: 0 };
    for (const entry of entries) sums[String(entry.status).toLowerCase()] += (entry.amount as { amount: number }).amount;
    return sums;
  }

  describe('recordCommission', () => {
    it('writes a PENDING entry for the order’s commission, counted in the day it was confirmed, with the daily total and balance', async () => {
      const m = await marketplace(api, 'record-happy');
      const order = await earningOrder(m, 250, { record: false });

      const entry = expectData(await m.workflow.call(RECORD_COMMISSION, { orderId: order.id })).recordCommission;

      expect(entry).toMatchObject({
        id: order.id,
        orderId: order.id,
        shopId: m.shop.id,
        day: today(),
        amount: usd(250),
        status: 'PENDING',
      });
      const earnings = await earningsOf(m);
      expect(earnings.totals).toEqual([
        { currency: 'USD', earned: usd(250), pending: usd(250), available: usd(0), paid: usd(0), reversed: usd(0), entryCount: 1 },
      ]);
      expect(earnings.balances).toEqual([
        { currency: 'USD', pending: usd(250), available: usd(0), paid: usd(0), reversed: usd(0), updatedAt: expect.any(String) },
      ]);
      expect(earnings.entries.items.map((e: any) => e.id)).toEqual([order.id]);
    });

    it('records a commission once: a retry gets CONFLICT, concurrent retries leave one entry and an exact balance', async () => {
      const m = await marketplace(api, 'record-once');
      const order = await earningOrder(m, 100);
      const again = await earningOrder(m, 40, { record: false });

      expectError(await m.workflow.call(RECORD_COMMISSION, { orderId: order.id }), 'CONFLICT');
      const racing = await Promise.all(Array.from({ length: 6 }, () => m.workflow.call(RECORD_COMMISSION, { orderId: again.id })));

      expect(racing.filter((r) => r.body.data?.recordCommission)).toHaveLength(1);
      expect(racing.filter((r) => !r.body.data?.recordCommission).map((r) => r.body.errors[0].errorType)).toEqual(
        Array(5).fill('CONFLICT'),
      );
      expect((await earningsOf(m)).balances[0]).toMatchObject({ pending: usd(140) });
      expect((await earningsOf(m)).totals[0]).toMatchObject({ entryCount: 2 });
    });

    it.each([
      [[], 'PENDING'],
      [['FAILED'], 'FAILED'],
      [['CONFIRMED', 'CANCELLED'], 'CANCELLED'],
    ])('refuses an order after %j with INVALID_TRANSITION, writing nothing', async (path, orderStatus) => {
      const m = await marketplace(api, `record-${orderStatus.toLowerCase()}`);
      const order = await placeOrder(m, [line(m.brandA)]);
      await moveOrder(m, order.id, ...path);
      const before = await commerce();

      const error = expectError(await m.workflow.call(RECORD_COMMISSION, { orderId: order.id }), 'INVALID_TRANSITION');

      expect(error.errorInfo).toEqual({ from: null, to: 'PENDING', orderStatus });
      expect(await commerce()).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown order, and is for backend principals only', async () => {
      const m = await marketplace(api, 'record-denied');
      const order = await earningOrder(m, 10, { record: false });

      expectError(await m.workflow.call(RECORD_COMMISSION, { orderId: 'NO-SUCH-ORDER' }), 'NOT_FOUND');
      expectError(await m.creator.call(RECORD_COMMISSION, { orderId: order.id }), 'Unauthorized');
      expect(outcomeOf(await backend(api, 'earningsJob').call(RECORD_COMMISSION, { orderId: order.id }))).toEqual(PERMISSION_DENIED);
      expect((await earningsOf(m)).totals).toEqual([]);
    });
  });

  describe('transitionEarning', () => {
    it('moves a commission PENDING → AVAILABLE → PAID once the order is fulfilled and its return window over, the balance following', async () => {
      const m = await marketplace(api, 'earn-paid');
      const order = await earningOrder(m, 300, { returnWindowDays: 0 });
      await moveOrder(m, order.id, 'FULFILLED');
      const job = backend(api, 'earningsJob');

      const available = expectData(await job.call(TRANSITION_EARNING, { orderId: order.id, to: 'AVAILABLE' })).transitionEarning;
      const midway = await earningsOf(m);
      const paid = expectData(await job.call(TRANSITION_EARNING, { orderId: order.id, to: 'PAID', reason: 'Payout 42' })).transitionEarning;

      expect(available.status).toBe('AVAILABLE');
      expect(midway.balances[0]).toMatchObject({ pending: usd(0), available: usd(300), paid: usd(0) });
      expect(paid.status).toBe('PAID');
      const earnings = await earningsOf(m);
      expect(earnings.balances[0]).toMatchObject({ pending: usd(0), available: usd(0), paid: usd(300), reversed: usd(0) });
      expect(earnings.totals[0]).toMatchObject({ earned: usd(300), paid: usd(300), entryCount: 1 });
      const stored = (await commerce()).find((item) => item.sk === `ENTRY#${today()}#${order.id}`)!;
      expect((stored.history as any[]).map((e) => [e.status, e.reason ?? null])).toEqual([
        ['PENDING', null],
        ['AVAILABLE', null],
        ['PAID', 'Payout 42'],
      ]);
    });

    it('reverses the commission of a cancelled or returned order', async () => {
      const m = await marketplace(api, 'earn-reversed');
      const cancelled = await earningOrder(m, 50);
      const returned = await earningOrder(m, 70);
      await moveOrder(m, cancelled.id, 'CANCELLED');
      await moveOrder(m, returned.id, 'FULFILLED', 'RETURNED');

      for (const order of [cancelled, returned])
        expectData(await m.workflow.call(TRANSITION_EARNING, { orderId: order.id, to: 'REVERSED' }));

      const earnings = await earningsOf(m);
      expect(earnings.totals[0]).toMatchObject({ earned: usd(0), pending: usd(0), reversed: usd(120), entryCount: 2 });
      expect(earnings.balances[0]).toMatchObject({ pending: usd(0), reversed: usd(120) });
    });

    it.each([
      ['PENDING', 'PAID', []],
      ['AVAILABLE', 'AVAILABLE', ['AVAILABLE']],
      ['PAID', 'REVERSED', ['AVAILABLE', 'PAID']],
    ])('refuses %s → %s with INVALID_TRANSITION, writing nothing', async (from, to, path) => {
      const m = await marketplace(api, `earn-bad-${from.toLowerCase()}-${to.toLowerCase()}`);
      const order = await earningOrder(m, 20, { returnWindowDays: 0 });
      await moveOrder(m, order.id, 'FULFILLED');
      for (const step of path) expectData(await m.workflow.call(TRANSITION_EARNING, { orderId: order.id, to: step }));
      const before = await commerce();

      const error = expectError(await m.workflow.call(TRANSITION_EARNING, { orderId: order.id, to }), 'INVALID_TRANSITION');

      expect(error.errorInfo).toEqual({ from, to });
      expect(await commerce()).toEqual(before);
    });

    it('keeps a commission PENDING while the order may still be returned, and refuses reversing one the order still earns', async () => {
      const m = await marketplace(api, 'earn-too-early');
      const confirmed = await earningOrder(m, 20);
      const inWindow = await earningOrder(m, 30, { returnWindowDays: 30 });
      await moveOrder(m, inWindow.id, 'FULFILLED');
      const before = await commerce();

      const notFulfilled = expectError(
        await m.workflow.call(TRANSITION_EARNING, { orderId: confirmed.id, to: 'AVAILABLE' }),
        'INVALID_TRANSITION',
      );
      const windowOpen = expectError(
        await m.workflow.call(TRANSITION_EARNING, { orderId: inWindow.id, to: 'AVAILABLE' }),
        'INVALID_TRANSITION',
      );
      const stillEarning = expectError(
        await m.workflow.call(TRANSITION_EARNING, { orderId: inWindow.id, to: 'REVERSED' }),
        'INVALID_TRANSITION',
      );

      expect(notFulfilled.errorInfo).toEqual({ from: 'PENDING', to: 'AVAILABLE', orderStatus: 'CONFIRMED' });
      expect(windowOpen.errorInfo).toEqual({ from: 'PENDING', to: 'AVAILABLE', orderStatus: 'FULFILLED' });
      expect(stillEarning.errorInfo).toEqual({ from: 'PENDING', to: 'REVERSED', orderStatus: 'FULFILLED' });
      expect(await commerce()).toEqual(before);
    });

    it('refuses → PENDING with VALIDATION, an order without commission with NOT_FOUND, and non-backend callers', async () => {
      const m = await marketplace(api, 'earn-invalid');
      const order = await earningOrder(m, 10, { record: false });

      expectError(await m.workflow.call(TRANSITION_EARNING, { orderId: order.id, to: 'PENDING' }), 'VALIDATION');
      expect(expectError(await m.workflow.call(TRANSITION_EARNING, { orderId: order.id, to: 'PAID' }), 'NOT_FOUND').errorInfo).toEqual({
        orderId: order.id,
      });
      expectError(await m.workflow.call(TRANSITION_EARNING, { orderId: 'NO-SUCH-ORDER', to: 'PAID' }), 'NOT_FOUND');
      expectError(await m.creator.call(TRANSITION_EARNING, { orderId: order.id, to: 'PAID' }), 'Unauthorized');
    });

    it('lets exactly one of concurrent moves of one entry count, so the balance stays exact', async () => {
      const m = await marketplace(api, 'earn-race');
      const order = await earningOrder(m, 500, { returnWindowDays: 0 });
      await moveOrder(m, order.id, 'FULFILLED');

      const available = await Promise.all(
        Array.from({ length: 5 }, () => m.workflow.call(TRANSITION_EARNING, { orderId: order.id, to: 'AVAILABLE' })),
      );
      const paid = await Promise.all(
        Array.from({ length: 5 }, () => m.workflow.call(TRANSITION_EARNING, { orderId: order.id, to: 'PAID' })),
      );

      expect(available.filter((r) => r.body.data?.transitionEarning)).toHaveLength(1);
      expect(paid.filter((r) => r.body.data?.transitionEarning)).toHaveLength(1);
      expect(paid.filter((r) => !r.body.data?.transitionEarning).map((r) => r.body.errors[0].errorInfo)).toEqual(
        Array(4).fill({ from: 'PAID', to: 'PAID' }),
      );
      expect((await earningsOf(m)).balances[0]).toMatchObject({ pending: usd(0), available: usd(0), paid: usd(500) });
    });

    it('keeps balances and daily totals equal to the ledger under many concurrent changes', async () => {
      // Prepare: 24 orders, their commissions recorded and moved concurrently along different paths.
      const m = await marketplace(api, 'earn-many');
      const orders = await Promise.all(
        Array.from({ length: 24 }, async (_, i) => {
          const order = await placeOrder(m, [line(m.brandA, { unitPrice: usd(1000 + i * 10), returnWindowDays: 0 })]);
          await moveOrder(m, order.id, 'CONFIRMED');
          return order;
        }),
      );

      // Act
      await Promise.all(orders.map((o) => Promise.all([0, 1].map(() => m.workflow.call(RECORD_COMMISSION, { orderId: o.id })))));
      await Promise.all(
        orders.map(async (o, i) => {
          if (i % 3 === 0) {
            await moveOrder(m, o.id, 'CANCELLED');
            await Promise.all([0, 1].map(() => m.workflow.call(TRANSITION_EARNING, { orderId: o.id, to: 'REVERSED' })));
          } else {
            await moveOrder(m, o.id, 'FULFILLED');
            await Promise.all([0, 1].map(() => m.workflow.call(TRANSITION_EARNING, { orderId: o.id, to: 'AVAILABLE' })));
            if (i % 3 === 1) await Promise.all([0, 1].map(() => m.workflow.call(TRANSITION_EARNING, { orderId: o.id, to: 'PAID' })));
          }
        }),
      );

      // Assess
      const sums = await ledgerSums(m);
      const commissions = orders.map((o) => o.commission.amount);
      const byPath = (k: number) => commissions.filter((_, i) => i % 3 === k).reduce((a, b) => a + b, 0);
      expect(sums).toEqual({ pending: 0, available: byPath(2), paid: byPath(1), reversed: byPath(0) });
      const earnings = await earningsOf(m);
      expect(earnings.balances).toEqual([
        {
          currency: 'USD',
          pending: usd(0),
          available: usd(sums.available),
          paid: usd(sums.paid),
          reversed: usd(sums.reversed),
          updatedAt: expect.any(String),
        },
      ]);
      expect(earnings.totals).toEqual([
        {
          currency: 'USD',
          earned: usd(sums.available + sums.paid),
          pending: usd(0),
          available: usd(sums.available),
          paid: usd(sums.paid),
          reversed: usd(sums.reversed),
          entryCount: 24,
        },
      ]);
    });
  });

  describe('myEarnings', () => {
    it('totals each currency separately and pages through the entries of the days asked for', async () => {
      const m = await marketplace(api, 'my-earnings');
      const placed = [];
      for (const currency of ['USD', 'EUR', 'USD', 'GBP', 'USD']) {
        const order = await placeOrder(m, [line(m.brandA, { unitPrice: { amount: 1000, currency } })]);
        await moveOrder(m, order.id, 'CONFIRMED');
        expectData(await m.workflow.call(RECORD_COMMISSION, { orderId: order.id }));
        placed.push(order.id);
      }

      const earnings = await earningsOf(m);
      const pages: string[][] = [];
      let nextToken: string | null = null;
      do {
        const page: any = expectData(await m.creator.call(MY_EARNINGS, { from: today(), to: today(), limit: 2, nextToken })).myEarnings
          .entries;
        pages.push(page.items.map((e: any) => e.orderId));
        nextToken = page.nextToken;
      } while (nextToken);

      expect(earnings.totals.map((t: any) => [t.currency, t.earned.amount, t.entryCount])).toEqual([
        ['EUR', 100, 1],
        ['GBP', 100, 1],
        ['USD', 300, 3],
      ]);
      expect(earnings.balances.map((b: any) => b.currency).sort()).toEqual(['EUR', 'GBP', 'USD']);
      expect(pages.flat()).toEqual([...placed].reverse());
      expect(pages.slice(0, 3).map((p) => p.length)).toEqual([2, 2, 1]);
    });

    it('counts only the days from and to, inclusive', async () => {
      const m = await marketplace(api, 'earnings-days');
      await earningOrder(m, 80);

      const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);

      expect((await earningsOf(m, yesterday, tomorrow)).totals[0]).toMatchObject({ earned: usd(80) });
      expect((await earningsOf(m, `${today()}Z`, today())).totals[0]).toMatchObject({ earned: usd(80) });
      const before = await earningsOf(m, new Date(Date.now() - 300 * 86400000).toISOString().slice(0, 10), yesterday);
      expect(before.totals).toEqual([]);
      expect(before.entries).toEqual({ items: [], nextToken: null });
      expect(before.balances[0]).toMatchObject({ pending: usd(80) });
    });

    it.each([
      ['to before from', '2026-03-02', '2026-03-01', [{ field: 'to', message: 'must not be before from' }]],
      ['367 days', '2025-01-01', '2026-01-02', [{ field: 'to', message: 'must be at most 366 days after from, inclusive' }]],
      ['an offset', '2026-03-01+02:00', '2026-03-02', [{ field: 'from', message: 'must be a UTC date, YYYY-MM-DD' }]],
    ])('refuses %s with VALIDATION', async (_, from, to, problems) => {
      const creator = await signIn(api, ['creators']);

      expect(expectError(await creator.call(MY_EARNINGS, { from, to }), 'VALIDATION').errorInfo.problems).toEqual(problems);
    });

    it('takes a whole leap year, 366 days', async () => {
      const creator = await signIn(api, ['creators']);

      expect(expectData(await creator.call(MY_EARNINGS, { from: '2024-01-01', to: '2024-12-31' })).myEarnings.totals).toEqual([]);
    });

    it('shows each creator only their own earnings, and only to creators', async () => {
      const m = await marketplace(api, 'earnings-own');
      await earningOrder(m, 60);
      const other = await signIn(api, ['creators']);

      const theirs = expectData(await other.call(MY_EARNINGS, { from: today(), to: today() })).myEarnings;

      expect(theirs).toMatchObject({ totals: [], balances: [], entries: { items: [] } });
      expectError(await m.buyer.call(MY_EARNINGS, { from: today(), to: today() }), 'Unauthorized');
      expectError(await anonymous(api).call(MY_EARNINGS, { from: today(), to: today() }), 'Unauthorized');
    });
  });
});
