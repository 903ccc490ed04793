import type { Context } from '@aws-appsync/utils';
import { requireOwner, signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../../shared/errors.ts';
import { shopKey } from '../keys.ts';

/** The shop `ctx.stash.shopId`, if the caller may change it (its creator, or an admin). */
export function request(ctx: Context) {
  return getItem(shopKey(ctx.stash.shopId), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('shop', ctx.stash.shopId);
  requireOwner(signedInUser(ctx), ctx.result.ownerId, 'shop');
  return ctx.result;
}
