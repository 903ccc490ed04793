import type { ItemKey } from '../shared/dynamodb.ts';

/**
 * Keys of the Commerce table. An order is one item plus one part per brand in it, all under the
 * order's partition, changed together by each transition. A creator's earnings are a ledger of
 * entries with daily totals and balances beside them, changed in the same transaction as the
 * entry they sum.
 */
export const orderKey = (id: string): ItemKey => ({ pk: `ORDER#${id}`, sk: 'ORDER' });
export const brandPartKey = (orderId: string, brandId: string): ItemKey => ({ pk: `ORDER#${orderId}`, sk: `BRAND#${brandId}` });

export const entryKey = (creatorId: string, day: string, orderId: string): ItemKey => ({
  pk: `CREATOR#${creatorId}`,
  sk: `ENTRY#${day}#${orderId}`,
});
/**
 * Daily totals and balances are split over AGGREGATE_SHARDS items per creator, day (or all time)
 * and currency, and summed on read: a live stream's burst of confirmed orders then updates four
 * items in turn instead of queueing on one (docs/architecture.md, "Hot items"). An entry always
 * counts in the shard of its order, so its later moves change the same items.
 */
export const AGGREGATE_SHARDS = 4;
/** Order ids are ULIDs: their last character is random, one of Crockford's base32 digits. */
const ULID_DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const aggregateShard = (orderId: string) => {
  const digit = ULID_DIGITS.indexOf(orderId.slice(-1).toUpperCase());
  return digit < 0 ? 0 : digit % AGGREGATE_SHARDS;
};
export const dayTotalKey = (creatorId: string, day: string, currency: string, shard: number): ItemKey => ({
  pk: `CREATOR#${creatorId}`,
  sk: `DAY#${day}#${currency}#${shard}`,
});
export const balanceKey = (creatorId: string, currency: string, shard: number): ItemKey => ({
  pk: `CREATOR#${creatorId}`,
  sk: `BALANCE#${currency}#${shard}`,
});
export const creatorPartition = (creatorId: string) => `CREATOR#${creatorId}`;
export const ENTRY_PREFIX = 'ENTRY#';
export const DAY_PREFIX = 'DAY#';
export const BALANCE_PREFIX = 'BALANCE#';
/** Sorts after every id and currency: `DAY#<to>#~` ends a range of days inclusively. */
export const RANGE_END = '~';

/** GSI1: a buyer's orders. GSI2: a shop's orders. GSI3: a brand's parts of orders. Newest first by `createdAt#id`. */
export const BUYER_ORDERS = 'GSI1';
export const SHOP_ORDERS = 'GSI2';
export const BRAND_ORDERS = 'GSI3';

export const orderIndexKeys = (order: { id: string; buyerId: string; shopId: string; createdAt: string }) => ({
  gsi1pk: `BUYER#${order.buyerId}`,
  gsi1sk: `${order.createdAt}#${order.id}`,
  gsi2pk: `SHOP#${order.shopId}`,
  gsi2sk: `${order.createdAt}#${order.id}`,
});
export const brandPartIndexKeys = (brandId: string, orderId: string, createdAt: string) => ({
  gsi3pk: `BRAND#${brandId}`,
  gsi3sk: `${createdAt}#${orderId}`,
});

const newestFirst = (index: string, n: number, partition: string, limit: number, nextToken?: string | null) => ({
  index,
  partitionKey: `gsi${n}pk`,
  partition,
  sortKey: `gsi${n}sk`,
  limit,
  nextToken,
  newestFirst: true,
});

export const buyerOrdersPage = (buyerId: string, limit: number, nextToken?: string | null) =>
  newestFirst(BUYER_ORDERS, 1, `BUYER#${buyerId}`, limit, nextToken);
export const shopOrdersPage = (shopId: string, limit: number, nextToken?: string | null) =>
  newestFirst(SHOP_ORDERS, 2, `SHOP#${shopId}`, limit, nextToken);
export const brandOrdersPage = (brandId: string, limit: number, nextToken?: string | null) =>
  newestFirst(BRAND_ORDERS, 3, `BRAND#${brandId}`, limit, nextToken);
