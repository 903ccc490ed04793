import { runtime, util, type Context } from '@aws-appsync/utils';
import { batchGetFound, batchGetItems, keyId } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { brandKey, productKey } from '../../shops/keys.ts';
import { tables } from '../../shared/tables.ts';

type Recommendation = { productId: string; brandId: string } & Record<string, unknown>;
type Page = { items: Recommendation[]; nextToken: string | null };

/**
 * The products of the page in `ctx.prev.result` and their brands, in one BatchGetItem on the
 * Shops table: each recommendation keeps its product's brand id, so both are known up front.
 */
export function request(ctx: Context) {
  const page = ctx.prev.result as Page;
  ctx.stash.page = page;
  if (page.items.length === 0) return runtime.earlyReturn(page);
  const keys = page.items.flatMap((rec) => [productKey(rec.productId), brandKey(rec.brandId)]);
  return batchGetItems(tables.Shops, keys);
}

/** Each recommendation carries its product, which carries its brand (for `Product.brand`). */
export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const { items, incomplete } = batchGetFound(ctx.result, tables.Shops);
  if (incomplete) util.error('The shop feed could not be read in full this time; retry.', ERROR.unavailable);
  const page = ctx.stash.page as Page;
  return {
    items: page.items
      .filter((rec) => !!items[keyId(productKey(rec.productId))])
      .map((rec) => {
        const product = items[keyId(productKey(rec.productId))]!;
        return { ...rec, product: { ...product, brand: items[keyId(brandKey(rec.brandId))] ?? null } };
      }),
    nextToken: page.nextToken,
  };
}
