import type { ItemKey } from '../shared/dynamodb.ts';

/**
 * Keys of the Shops table. Other domains read it through read-only data sources (the shop page
 * batches products and brands), so these layouts are a contract: change them with those readers.
 */
export const userKey = (sub: string): ItemKey => ({ pk: `USER#${sub}`, sk: 'PROFILE' });
export const shopKey = (id: string): ItemKey => ({ pk: `SHOP#${id}`, sk: 'SHOP' });
export const slugKey = (slug: string): ItemKey => ({ pk: `SLUG#${slug}`, sk: 'SLUG' });
export const brandKey = (id: string): ItemKey => ({ pk: `BRAND#${id}`, sk: 'BRAND' });
export const productKey = (id: string): ItemKey => ({ pk: `PRODUCT#${id}`, sk: 'PRODUCT' });

/**
 * GSI1 collections: an owner's brands, a brand's products. Ids are ULIDs, so the sort key
 * orders a collection by age.
 */
export const GSI1 = 'GSI1';
export const ownerBrandsPartition = (ownerId: string) => `OWNER#${ownerId}`;
export const brandProductsPartition = (brandId: string) => `BRAND#${brandId}`;
export const BRAND_PREFIX = 'BRAND#';
export const PRODUCT_PREFIX = 'PRODUCT#';

export const brandIndexKeys = (ownerId: string, brandId: string) => ({
  gsi1pk: ownerBrandsPartition(ownerId),
  gsi1sk: `${BRAND_PREFIX}${brandId}`,
});
export const productIndexKeys = (brandId: string, productId: string) => ({
  gsi1pk: brandProductsPartition(brandId),
  gsi1sk: `${PRODUCT_PREFIX}${productId}`,
});

/** A brand's products, newest first. */
export const brandProductsPage = (brandId: string, limit: number, nextToken?: string | null) => ({
  index: GSI1,
  partitionKey: 'gsi1pk',
  partition: brandProductsPartition(brandId),
  sortKey: 'gsi1sk',
  prefix: PRODUCT_PREFIX,
  limit,
  nextToken,
  newestFirst: true,
});
