import { expect } from 'vitest';
import { signIn, type Caller, type TestApi } from '../recommendations/api.ts';
import { brandWithProducts, creatorWithShop, expectData, tableItems, type TestProduct } from '../recommendations/support.ts';
import { MONEY } from '../commerce/support.ts';

export { expectData, expectError, tableItems } from '../recommendations/support.ts';

export const ORDER_VIEW = `id buyerId shopId status currency total ${MONEY} failureReason lines { productId quantity unitPrice ${MONEY} total ${MONEY} } history { status reason }`;
export const CHECKOUT = `mutation Checkout($input: CheckoutInput!) { checkout(input: $input) { ${ORDER_VIEW} } }`;
export const CANCEL_ORDER = `mutation CancelOrder($id: ID!, $reason: String) { cancelOrder(id: $id, reason: $reason) { ${ORDER_VIEW} } }`;
export const ORDER = `query Order($id: ID!) { order(id: $id) { ${ORDER_VIEW} commission ${MONEY} } }`;
const RECOMMEND = `mutation ($input: RecommendProductInput!) { recommendProduct(input: $input) { id } }`;

/** A shop recommending `count` products of one brand, each with `inventory` in stock, and a shopper. */
export async function checkoutShop(api: TestApi, slug: string, { count = 2, inventory = 100, price = 2500 } = {}) {
  const { user: creator, shop } = await creatorWithShop(api, slug);
  const { brand, owner, products } = await brandWithProducts(api, count, `Brand ${slug}`, {
    inventory,
    price: { amount: price, currency: 'USD' },
  });
  for (const product of products) expectData(await creator.call(RECOMMEND, { input: { shopId: shop.id, productId: product.id } }));
  const shopper = await signIn(api, ['shoppers'], 'shopper');
  return { creator, shop, brand, owner, products, shopper };
}

export type CheckoutShop = Awaited<ReturnType<typeof checkoutShop>>;

let keys = 0;
export const idempotencyKey = () => `key-${process.pid}-${Date.now().toString(36)}-${(keys += 1)}`;

export function checkoutInput(
  s: { shop: { id: string } },
  lines: { product: TestProduct; quantity: number }[],
  overrides: Record<string, unknown> = {},
) {
  return {
    shopId: s.shop.id,
    lines: lines.map(({ product, quantity }) => ({ productId: product.id, quantity })),
    idempotencyKey: idempotencyKey(),
    paymentToken: 'tok_visa',
    ...overrides,
  };
}

export async function checkout(buyer: Caller, input: Record<string, unknown>) {
  return expectData(await buyer.call(CHECKOUT, { input })).checkout as {
    id: string;
    status: string;
    failureReason: string | null;
    total: { amount: number };
  };
}

/** Waits for every running checkout saga to end. */
export const sagasSettled = (api: TestApi) => api.runtime.stepFunctions.executions.settled();

export async function orderOf(buyer: Caller, id: string) {
  return expectData(await buyer.call(ORDER, { id })).order as {
    id: string;
    status: string;
    failureReason: string | null;
    history: { status: string; reason: string | null }[];
  };
}

export async function inventoryOf(api: TestApi, productId: string): Promise<number> {
  const item = (await tableItems(api.runtime, 'Shops')).find((i) => i.pk === `PRODUCT#${productId}`);
  return item!.inventory as number;
}

/**
 * What must hold after any checkout, however it ended: stock taken equals the quantities of the
 * orders still holding it, every captured order is CONFIRMED (or refunded), every authorization
 * that did not end in a capture was voided, and the ledger has one live entry per confirmed order.
 */
export async function expectInvariants(api: TestApi, s: CheckoutShop, initialInventory: number) {
  const commerce = await tableItems(api.runtime, 'Commerce');
  const orders = commerce.filter((i) => i.sk === 'ORDER' && i.shopId === s.shop.id);
  const holding = orders.filter((o) => o.stockReserved && !o.stockReleased);
  for (const product of s.products) {
    const taken = holding.flatMap((o) => o.lines as { productId: string; quantity: number }[]).filter((l) => l.productId === product.id);
    expect(await inventoryOf(api, product.id)).toBe(initialInventory - taken.reduce((sum, l) => sum + l.quantity, 0));
  }
  const payments = api.runtime.payments;
  for (const order of orders) {
    const intent = order.authorizationId as string | undefined;
    if (!intent) continue;
    expect(payments.count('authorize', intent)).toBe(1);
    if (order.status === 'CONFIRMED') expect(payments.count('capture', intent)).toBe(1);
    else expect(payments.count('void', intent) + payments.count('refund', intent)).toBe(1);
  }
  const confirmed = orders.filter((o) => o.status === 'CONFIRMED');
  const entries = commerce.filter((i) => String(i.sk).startsWith('ENTRY#') && i.shopId === s.shop.id && i.status !== 'REVERSED');
  expect(entries.map((e) => e.orderId).sort()).toEqual(confirmed.map((o) => o.id).sort());
}
