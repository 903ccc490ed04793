import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startVideoshops, signIn, type TestApi } from '../recommendations/api.ts';
import { FaultProxy, transactionConflict } from './fault-proxy.ts';
import { checkout, checkoutInput, checkoutShop, expectInvariants, inventoryOf, orderOf, sagasSettled, tableItems } from './support.ts';

describe('checkout under contention', () => {
  let api: TestApi;
  let proxy: FaultProxy;
  /** Stock reservations (the transaction that marks `stockReserved`) still to refuse with a conflict. */
  let conflictsLeft = 0;

  beforeAll(async () => {
    proxy = await FaultProxy.start(inject('dynamoDbEndpoint'));
    proxy.rule = (target, body) => {
      if (!target.endsWith('.TransactWriteItems') || !body.includes('stockReserved = :true') || conflictsLeft <= 0) return undefined;
      conflictsLeft -= 1;
      return transactionConflict(body);
    };
    api = await startVideoshops({ onLambdaLog: () => {}, functionEndpoints: { DYNAMODB: proxy.endpoint } });
  });

  afterAll(async () => {
    await api?.runtime.stop();
    await proxy?.close();
  });

  it('never oversells: 100 concurrent checkouts of a product with 40 in stock confirm exactly 40', { timeout: 240_000 }, async () => {
    const s = await checkoutShop(api, 'rush-shop', { count: 1, inventory: 40 });
    const shoppers = await Promise.all(Array.from({ length: 20 }, () => signIn(api, ['shoppers'], 'rush')));

    const orders = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        checkout(shoppers[i % shoppers.length]!, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }])),
      ),
    );
    await sagasSettled(api);

    const settled = await Promise.all(orders.map((o, i) => orderOf(shoppers[i % shoppers.length]!, o.id)));
    const outcomes = settled.map((o) => `${o.status}${o.failureReason ? ` ${o.failureReason}` : ''}`);
    expect(outcomes.filter((o) => o === 'CONFIRMED')).toHaveLength(40);
    expect(outcomes.filter((o) => o === 'FAILED OUT_OF_STOCK')).toHaveLength(60);
    expect(await inventoryOf(api, s.products[0]!.id)).toBe(0);
    expect(api.runtime.payments.count('capture')).toBe(40);
    await expectInvariants(api, s, 40);
    const shards = (await tableItems(api.runtime, 'Commerce')).filter(
      (i) => i.pk === `CREATOR#${s.creator.sub}` && String(i.sk).startsWith('BALANCE#USD#'),
    );
    // 40 × 2500 × 12%, spread over every shard of the balance (40 random order ids miss one with odds of 1 in 25,000).
    expect(shards).toHaveLength(4);
    expect(shards.reduce((sum, b) => sum + (b.pending as number), 0)).toBe(40 * 300);
    expect(shards.reduce((sum, b) => sum + (b.entryCount as number), 0)).toBe(40);
  });

  it('retries a transaction conflict and confirms the order, never reporting it out of stock', async () => {
    const s = await checkoutShop(api, 'conflict-shop', { count: 1, inventory: 5 });
    conflictsLeft = 2;

    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]));
    await sagasSettled(api);

    expect(proxy.faults).toBeGreaterThanOrEqual(2);
    expect((await orderOf(s.shopper, order.id)).status).toBe('CONFIRMED');
    await expectInvariants(api, s, 5);
  });

  it('fails the order CONTENTION when conflicts outlast the retries, giving nothing back it did not take', async () => {
    const s = await checkoutShop(api, 'contended-shop', { count: 1, inventory: 5 });
    conflictsLeft = Infinity;

    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 1 }]));
    await sagasSettled(api);
    conflictsLeft = 0;

    expect(await orderOf(s.shopper, order.id)).toMatchObject({ status: 'FAILED', failureReason: 'CONTENTION' });
    expect(await inventoryOf(api, s.products[0]!.id)).toBe(5);
    await expectInvariants(api, s, 5);
  });
});
