import { util, type Context } from '@aws-appsync/utils';
import { conditionFailed, putNew } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { recommendationKey } from '../keys.ts';
import { newRecommendation } from '../rules.ts';

type Found = {
  shop: { id: string; ownerId: string };
  product: { id: string; brandId: string; commissionRateBps: number };
};

/** Writes the recommendation where none exists for this shop and product. */
export function request(ctx: Context) {
  const { shop, product } = ctx.prev.result as Found;
  ctx.stash.product = product;
  return putNew(
    recommendationKey(shop.id, product.id),
    newRecommendation(shop, product, util.autoUlid(), util.time.nowISO8601(), ctx.stash.fields),
  );
}

export function response(ctx: Context) {
  if (conditionFailed(ctx.error)) {
    const { shopId, productId } = ctx.stash;
    util.error('This shop already recommends this product.', ERROR.conflict, null, { shopId, productId });
  }
  raiseUnexpected(ctx.error);
  return { ...ctx.result, product: ctx.stash.product };
}
