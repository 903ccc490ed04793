import { util, type Context } from '@aws-appsync/utils';
import { conditionFailed, putNew } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { recommendationIndexKeys, recommendationKey } from '../keys.ts';

type Found = {
  shop: { id: string; ownerId: string };
  product: { id: string; brandId: string; commissionRateBps: number };
};

/**
 * Writes the recommendation where none exists for this shop and product. It keeps the product's
 * commission rate as it is now, the product's brand (the feed batches brands without reading
 * products first) and the shop's owner (removal is one conditional delete).
 */
export function request(ctx: Context) {
  const { shop, product } = ctx.prev.result as Found;
  ctx.stash.product = product;
  const id = util.autoUlid();
  const now = util.time.nowISO8601();
  return putNew(recommendationKey(shop.id, product.id), {
    ...ctx.stash.fields,
    ...recommendationIndexKeys(shop.id, product.id, id),
    id,
    shopId: shop.id,
    productId: product.id,
    brandId: product.brandId,
    ownerId: shop.ownerId,
    commissionRateBps: product.commissionRateBps,
    createdAt: now,
    updatedAt: now,
  });
}

export function response(ctx: Context) {
  if (conditionFailed(ctx.error)) {
    const { shopId, productId } = ctx.stash;
    util.error('This shop already recommends this product.', ERROR.conflict, null, { shopId, productId });
  }
  raiseUnexpected(ctx.error);
  return { ...ctx.result, product: ctx.stash.product };
}
