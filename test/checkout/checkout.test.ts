import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVideoshops, type TestApi } from '../recommendations/api.ts';
import { checkout, checkoutInput, checkoutShop, expectInvariants, inventoryOf, orderOf, sagasSettled, type CheckoutShop } from './support.ts';

describe('checkout', () => {
  let api: TestApi;
  let s: CheckoutShop;

  beforeAll(async () => {
    api = await startVideoshops({ onLambdaLog: () => {} });
    s = await checkoutShop(api, 'checkout-shop');
  });

  afterAll(() => api?.runtime.stop());

  it('returns the order PENDING at once and the saga confirms it, stock taken and the payment captured once', async () => {
    const order = await checkout(s.shopper, checkoutInput(s, [{ product: s.products[0]!, quantity: 2 }]));
    expect(order).toMatchObject({ status: 'PENDING', total: { amount: 5000 }, failureReason: null });

    await sagasSettled(api);

    const settled = await orderOf(s.shopper, order.id);
    expect(settled.status).toBe('CONFIRMED');
    expect(settled.history.map((h) => h.status)).toEqual(['PENDING', 'CONFIRMED']);
    expect(await inventoryOf(api, s.products[0]!.id)).toBe(98);
    await expectInvariants(api, s, 100);
  });
});
