import type { ItemKey } from '../shared/dynamodb.ts';

/**
 * Keys of the Recommendations table. A recommendation is keyed by its shop and product, so a
 * shop recommends a product at most once (a conditional put) and checkout finds the commission
 * rate snapshot with one GetItem.
 */
export const recommendationKey = (shopId: string, productId: string): ItemKey => ({
  pk: `SHOP#${shopId}`,
  sk: `PRODUCT#${productId}`,
});

/** GSI1: the shop feed, newest first (ids are ULIDs). GSI2: the shops recommending a product. */
export const GSI1 = 'GSI1';
export const REC_PREFIX = 'REC#';

export const recommendationIndexKeys = (shopId: string, productId: string, id: string) => ({
  gsi1pk: `SHOP#${shopId}`,
  gsi1sk: `${REC_PREFIX}${id}`,
  gsi2pk: `PRODUCT#${productId}`,
  gsi2sk: `SHOP#${shopId}`,
});

/** One page of a shop's feed, newest first. */
export const shopFeedPage = (shopId: string, limit: number, nextToken?: string | null) => ({
  index: GSI1,
  partitionKey: 'gsi1pk',
  partition: `SHOP#${shopId}`,
  sortKey: 'gsi1sk',
  prefix: REC_PREFIX,
  limit,
  nextToken,
  newestFirst: true,
});
