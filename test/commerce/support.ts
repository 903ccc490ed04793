import { expect } from 'vitest';
import { backend, signIn, type Caller, type TestApi } from '../recommendations/api.ts';
import { CREATE_BRAND, expectData } from '../shops/support.ts';
import { creatorWithShop } from '../recommendations/support.ts';

export { expectData, expectError, tableItems } from '../shops/support.ts';

export const MONEY = '{ amount currency }';
export const ORDER_FIELDS = `id buyerId shopId creatorId status currency
  lines { productId brandId title imageUrl unitPrice ${MONEY} quantity total ${MONEY} returnWindowDays }
  total ${MONEY} commission ${MONEY} history { status at reason } createdAt updatedAt`;

export const CREATE_ORDER = `mutation ($input: CreateOrderInput!) { createOrder(input: $input) { ${ORDER_FIELDS} } }`;
export const TRANSITION_ORDER = `mutation ($id: ID!, $to: OrderStatus!, $reason: String) {
  transitionOrder(id: $id, to: $to, reason: $reason) { id status history { status reason } }
}`;
export const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
export const ENTRY_FIELDS = `id orderId shopId day amount ${MONEY} status createdAt updatedAt`;
export const RECORD_COMMISSION = `mutation ($orderId: ID!) { recordCommission(orderId: $orderId) { ${ENTRY_FIELDS} } }`;
export const TRANSITION_EARNING = `mutation ($orderId: ID!, $to: EarningStatus!, $reason: String) {
  transitionEarning(orderId: $orderId, to: $to, reason: $reason) { ${ENTRY_FIELDS} }
}`;
export const MY_EARNINGS = `query ($from: AWSDate!, $to: AWSDate!, $limit: Int, $nextToken: String) {
  myEarnings(from: $from, to: $to) {
    from to
    totals { currency earned ${MONEY} pending ${MONEY} available ${MONEY} paid ${MONEY} reversed ${MONEY} entryCount }
    balances { currency pending ${MONEY} available ${MONEY} paid ${MONEY} reversed ${MONEY} updatedAt }
    entries(limit: $limit, nextToken: $nextToken) { items { ${ENTRY_FIELDS} } nextToken }
  }
}`;

/** The checkout workflow's principal, granted the order and ledger mutations. */
export const WORKFLOW = 'orderWorkflow';

/** A brand with an owner of the `brands` group, made by an admin (no products: orders carry their own lines). */
export async function brand(api: TestApi, name: string) {
  const admin = await signIn(api, ['admins'], 'admin');
  const owner = await signIn(api, ['brands'], 'brand');
  const created = expectData(await admin.call(CREATE_BRAND, { input: { name, ownerId: owner.sub } })).createBrand as { id: string };
  return { id: created.id, owner, admin };
}

type Brand = Awaited<ReturnType<typeof brand>>;

let products = 0;

/** A priced line of `brand`'s, as the workflow would read it from the catalog. */
export function line(of: Brand, overrides: Record<string, unknown> = {}) {
  products += 1;
  return {
    productId: `PRODUCT-${products}`,
    brandId: of.id,
    brandOwnerId: of.owner.sub,
    title: `Product ${products}`,
    imageUrl: `https://images.example/${products}.jpg`,
    unitPrice: { amount: 2000, currency: 'USD' },
    quantity: 1,
    commissionRateBps: 1000,
    returnWindowDays: 30,
    ...overrides,
  };
}

/** A shop with its creator, a buyer, two brands and the workflow: everyone an order involves. */
export async function marketplace(api: TestApi, slug: string) {
  const { user: creator, shop } = await creatorWithShop(api, slug);
  const [buyer, brandA, brandB] = await Promise.all([signIn(api, ['shoppers'], 'buyer'), brand(api, 'Brand A'), brand(api, 'Brand B')]);
  const workflow = backend(api, WORKFLOW);
  return { creator, shop, buyer, brandA, brandB, workflow };
}

export type Marketplace = Awaited<ReturnType<typeof marketplace>>;

/** A PENDING order of the buyer in the shop, placed by the workflow. */
export async function placeOrder(m: Marketplace, lines: Record<string, unknown>[], buyer: Caller = m.buyer) {
  const input = { buyerId: buyer.sub, shopId: m.shop.id, creatorId: m.creator.sub, lines };
  return expectData(await m.workflow.call(CREATE_ORDER, { input })).createOrder as {
    id: string;
    status: string;
    commission: { amount: number };
  };
}

/** Moves an order through the states given, each step expected to succeed. */
export async function moveOrder(m: Marketplace, id: string, ...states: string[]) {
  for (const to of states) {
    const moved = expectData(await m.workflow.call(TRANSITION_ORDER, { id, to })).transitionOrder;
    expect(moved.status).toBe(to);
  }
}

/** Today's UTC date: the day a commission recorded now counts in. */
export const today = () => new Date().toISOString().slice(0, 10);
