import { util, type Context } from '@aws-appsync/utils';
import { putNew } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { brandIndexKeys, brandKey } from '../keys.ts';

/** Writes the brand `ctx.stash.brand`, whose owner getOwnerGroups found in the brands group. */
export function request(ctx: Context) {
  const brand = ctx.stash.brand;
  const id = util.autoUlid();
  const now = util.time.nowISO8601();
  return putNew(brandKey(id), { ...brand, ...brandIndexKeys(brand.ownerId, id), id, createdAt: now, updatedAt: now });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
