import { util, type Context } from '@aws-appsync/utils';
import { putNew } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { productIndexKeys, productKey } from '../keys.ts';

type Brand = { id: string; ownerId: string };

/**
 * Writes `ctx.stash.product` under the brand in `ctx.prev.result`. The product keeps the brand
 * owner's id so later writes can require it in their condition without reading the brand again;
 * brands never change owner, which is what makes the copy safe.
 */
export function request(ctx: Context) {
  const brand = ctx.prev.result as Brand;
  const id = util.autoUlid();
  const now = util.time.nowISO8601();
  return putNew(productKey(id), {
    ...ctx.stash.product,
    ...productIndexKeys(brand.id, id),
    id,
    brandId: brand.id,
    ownerId: brand.ownerId,
    createdAt: now,
    updatedAt: now,
  });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return { ...ctx.result, brand: ctx.prev.result };
}
