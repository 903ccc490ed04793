/**
 * Demo commerce: orders in Cora's shop in every state, and her earnings ledger (entries, daily
 * totals, balances), written in exactly the layout the commerce resolvers write
 * (resolvers/commerce/keys.ts): each order as createOrder and transitionOrder leave it, each
 * entry as recordCommission and transitionEarning leave it, and the totals summed from the
 * entries, so `myEarnings` adds up. Dates are relative to the day the demo is seeded, so orders
 * look recent and some return windows are still open.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  aggregateShard,
  balanceKey,
  brandPartIndexKeys,
  brandPartKey,
  dayTotalKey,
  orderIndexKeys,
  orderKey,
} from '../resolvers/commerce/keys.ts';
import { pendingEntry } from '../resolvers/commerce/ledger.ts';
import { EARNING_BUCKETS, bucketOf } from '../resolvers/commerce/rules.ts';
import { demoUlid } from './ids.ts';
import { demoSub } from './users.ts';
import { demoCatalog } from './recommendations.ts';
import { writeDemoItems } from './write-items.ts';

// Stored items of several entity types in one list, written as they are (write-items.ts marshalls them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entity's fields are read by name below
type Item = Record<string, any>;

interface DemoOrder {
  /** Stable name: the order's id derives from it. */
  name: string;
  buyer: string;
  lines: [title: string, quantity: number][];
  /** Days before the seed the order was placed. */
  placed: number;
  /** Each transition: the state reached, days before the seed, and the reason given. */
  steps: [status: string, daysAgo: number, reason?: string][];
  /** The commission's moves after PENDING (orders confirmed have one). */
  earning?: [status: string, daysAgo: number, reason?: string][];
}

/** The creator whose shop the demo orders are placed in, and whose ledger they fill. */
export const DEMO_EARNING_CREATOR = 'cora.creator';
export const DEMO_ORDER_SHOP = 'cora-cooks';

export const demoOrders: DemoOrder[] = [
  {
    name: 'paid',
    buyer: 'sam.shopper',
    lines: [
      ['Cast Iron Dutch Oven, 5.5 qt', 1],
      ['Olive Wood Spoon Set', 2],
    ],
    placed: 45,
    steps: [
      ['CONFIRMED', 45],
      ['FULFILLED', 43],
    ],
    earning: [
      ['AVAILABLE', 12],
      ['PAID', 8, 'Payout 2 to Cora'],
    ],
  },
  {
    name: 'available',
    buyer: 'carl.creator',
    lines: [["Chef's Knife, 8 in", 1]],
    placed: 38,
    steps: [
      ['CONFIRMED', 38],
      ['FULFILLED', 36],
    ],
    earning: [['AVAILABLE', 5]],
  },
  {
    name: 'coffee',
    buyer: 'sam.shopper',
    lines: [['Ethiopia Guji, whole bean, 12 oz', 3]],
    placed: 10,
    steps: [
      ['CONFIRMED', 10],
      ['FULFILLED', 9],
    ],
    earning: [['AVAILABLE', 9]],
  },
  {
    name: 'returned',
    buyer: 'sam.shopper',
    lines: [['Copper Saucepan, 2 qt', 1]],
    placed: 20,
    steps: [
      ['CONFIRMED', 20],
      ['FULFILLED', 18],
      ['RETURNED', 12, 'Arrived dented'],
    ],
    earning: [['REVERSED', 12, 'Order returned']],
  },
  {
    name: 'cancelled',
    buyer: 'maya.creator',
    lines: [['Gooseneck Pour-Over Kettle', 1]],
    placed: 15,
    steps: [
      ['CONFIRMED', 15],
      ['CANCELLED', 14, 'Ordered twice by mistake'],
    ],
    earning: [['REVERSED', 14, 'Order cancelled']],
  },
  {
    name: 'in-return-window',
    buyer: 'sam.shopper',
    lines: [
      ['Carbon Steel Skillet, 10 in', 1],
      ['Olive Wood Spoon Set', 1],
    ],
    placed: 6,
    steps: [
      ['CONFIRMED', 6],
      ['FULFILLED', 4],
    ],
  },
  {
    name: 'confirmed',
    buyer: 'sam.shopper',
    lines: [
      ["Chef's Knife, 8 in", 1],
      ['Ceramic Dripper', 2],
    ],
    placed: 1,
    steps: [['CONFIRMED', 1]],
  },
  {
    name: 'failed',
    buyer: 'carl.creator',
    lines: [['Cast Iron Dutch Oven, 5.5 qt', 1]],
    placed: 2,
    steps: [['FAILED', 2, 'Payment declined']],
  },
  {
    name: 'pending',
    buyer: 'sam.shopper',
    lines: [
      ['Gooseneck Pour-Over Kettle', 1],
      ['Ethiopia Guji, whole bean, 12 oz', 1],
    ],
    placed: 0,
    steps: [],
  },
];

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Event `i` of something that happened `daysAgo` days before `now`: in the past, in order within a day. */
const momentOf = (now: number, daysAgo: number, i: number) => now - daysAgo * DAY - 3 * 60 * MINUTE + i * 2 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const commissionOf = (total: number, bps: number) => Math.floor((total * bps) / 10000);
const distinct = <T>(values: T[]) => [...new Set(values)];

/** Every item of the demo orders and ledger, for a seed made at `now` (ms). */
export function demoCommerceItems(now: number = Date.now()): Item[] {
  const { shops, products } = demoCatalog();
  const shop = shops.get(DEMO_ORDER_SHOP)!;
  const creatorId = demoSub(DEMO_EARNING_CREATOR);
  const items: Item[] = [];
  const entries: Item[] = [];

  for (const demo of demoOrders) {
    let event = 0;
    const at = (daysAgo: number) => momentOf(now, daysAgo, (event += 1));
    const placedAt = at(demo.placed);
    const id = demoUlid(placedAt, `order/${demo.name}`);
    const buyerId = demoSub(demo.buyer);
    const lines = demo.lines.map(([title, quantity]) => {
      const product = products.get(title);
      if (!product) throw new Error(`Demo orders name an unknown product: ${title}`);
      const total = product.price.amount * quantity;
      return {
        productId: product.id,
        brandId: product.brandId,
        brandOwnerId: product.ownerId,
        title,
        imageUrl: product.imageUrl,
        unitPrice: product.price,
        quantity,
        commissionRateBps: product.commissionRateBps,
        returnWindowDays: product.returnWindowDays,
        total: { amount: total, currency: product.price.currency },
        commission: commissionOf(total, product.commissionRateBps),
      };
    });
    const currency = lines[0]!.unitPrice.currency;
    const createdAt = iso(placedAt);
    const order: Item = {
      ...orderKey(id),
      ...orderIndexKeys({ id, buyerId, shopId: shop.id, createdAt }),
      id,
      buyerId,
      shopId: shop.id,
      creatorId,
      status: 'PENDING',
      currency,
      lines,
      total: { amount: lines.reduce((sum, l) => sum + l.total.amount, 0), currency },
      commission: { amount: lines.reduce((sum, l) => sum + l.commission, 0), currency },
      brandIds: distinct(lines.map((l) => l.brandId)),
      brandOwnerIds: distinct(lines.map((l) => l.brandOwnerId)),
      returnWindowDays: Math.max(...lines.map((l) => l.returnWindowDays)),
      history: [{ status: 'PENDING', at: createdAt }],
      createdAt,
      updatedAt: createdAt,
    };
    for (const [status, daysAgo, reason] of demo.steps) {
      const ms = at(daysAgo);
      order.status = status;
      order.updatedAt = iso(ms);
      order[`${status.toLowerCase()}At`] = iso(ms);
      if (status === 'FULFILLED') order.returnWindowEndsAt = ms + order.returnWindowDays * DAY;
      order.history.push({ status, at: iso(ms), ...(reason ? { reason } : {}) });
    }
    items.push(order);
    for (const brandId of order.brandIds as string[]) {
      const own = lines.filter((l) => l.brandId === brandId);
      items.push({
        ...brandPartKey(id, brandId),
        ...brandPartIndexKeys(brandId, id, createdAt),
        orderId: id,
        brandId,
        brandOwnerId: own[0]!.brandOwnerId,
        buyerId,
        shopId: shop.id,
        status: order.status,
        lines: own,
        total: { amount: own.reduce((sum, l) => sum + l.total.amount, 0), currency },
        createdAt,
        updatedAt: order.updatedAt,
      });
    }
    if (order.confirmedAt) entries.push(ledgerEntry(order, demo, at));
  }
  return [...items, ...entries, ...ledgerTotals(entries)];
}

/** The order's commission as recordCommission writes it on confirmation, moved as transitionEarning moves it. */
function ledgerEntry(order: Item, demo: DemoOrder, at: (daysAgo: number) => number): Item {
  const entry: Item = pendingEntry(order as Parameters<typeof pendingEntry>[0], iso(Date.parse(order.confirmedAt) + MINUTE));
  for (const [status, daysAgo, reason] of demo.earning ?? []) {
    const when = iso(at(daysAgo));
    entry.status = status;
    entry.updatedAt = when;
    entry.history.push({ status, at: when, ...(reason ? { reason } : {}) });
  }
  return entry;
}

/** The daily totals and balances of the entries: each entry's amount in its state's bucket. */
function ledgerTotals(entries: Item[]): Item[] {
  const totals = new Map<string, Item>();
  const add = (key: { pk: string; sk: string }, identity: Item, entry: Item, counts: boolean) => {
    const id = `${key.pk}/${key.sk}`;
    const total = totals.get(id) ?? {
      ...key,
      ...identity,
      ...Object.fromEntries(EARNING_BUCKETS.map((b) => [b, 0])),
      ...(counts ? { entryCount: 0 } : {}),
    };
    total[bucketOf(entry.status)] += entry.amount.amount;
    if (counts) total.entryCount += 1;
    total.updatedAt = !total.updatedAt || total.updatedAt < entry.updatedAt ? entry.updatedAt : total.updatedAt;
    totals.set(id, total);
  };
  for (const entry of entries) {
    const { creatorId, day } = entry;
    const { currency } = entry.amount;
    const shard = aggregateShard(entry.orderId);
    add(dayTotalKey(creatorId, day, currency, shard), { creatorId, day, currency }, entry, true);
    add(balanceKey(creatorId, currency, shard), { creatorId, currency }, entry, false);
  }
  return [...totals.values()];
}

export async function seedDemoCommerce(
  { client, tableName }: { client: DynamoDBClient; tableName: (logical: string) => string },
  now = Date.now(),
) {
  await writeDemoItems(client, tableName('Commerce'), demoCommerceItems(now));
}
