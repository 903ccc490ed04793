import type { Context } from '@aws-appsync/utils';
import { requireOwnerOrAdmin, signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../../shared/errors.ts';
import { shopKey } from '../../shops/keys.ts';

/** The shop `ctx.stash.shopId`, if the caller may see its orders (its creator, or an admin). */
export function request(ctx: Context) {
  return getItem(shopKey(ctx.stash.shopId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('shop', ctx.stash.shopId);
  requireOwnerOrAdmin(signedInUser(ctx), ctx.result.ownerId, 'Only the shop’s creator can see its orders.');
  return ctx.result;
}
