import { util, type Context } from '@aws-appsync/utils';
import { requireOwner, signedInUser } from '../../shared/auth.ts';
import { batchGetFound, batchGetItems, keyId } from '../../shared/dynamodb.ts';
import { ERROR, notFound, raiseUnexpected } from '../../shared/errors.ts';
import { productKey, shopKey } from '../../shops/keys.ts';
import { tables } from '../../shared/tables.ts';

/**
 * The shop `ctx.stash.shopId`, if the caller may recommend into it (its creator, or an admin),
 * and the product `ctx.stash.productId`: one BatchGetItem reads both.
 */
export function request(ctx: Context) {
  return batchGetItems(tables.Shops, [shopKey(ctx.stash.shopId), productKey(ctx.stash.productId)]);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const { items, incomplete } = batchGetFound(ctx.result, tables.Shops);
  if (incomplete) util.error('The shop and product could not be read this time; retry.', ERROR.unavailable);
  const shop = items[keyId(shopKey(ctx.stash.shopId))];
  const product = items[keyId(productKey(ctx.stash.productId))];
  if (!shop) notFound('shop', ctx.stash.shopId);
  requireOwner(signedInUser(ctx), shop.ownerId as string, 'shop');
  if (!product) notFound('product', ctx.stash.productId);
  return { shop, product };
}
