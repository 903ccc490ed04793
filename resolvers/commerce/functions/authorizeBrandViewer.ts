import type { Context } from '@aws-appsync/utils';
import { requireOwnerOrAdmin, signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../../shared/errors.ts';
import { brandKey } from '../../shops/keys.ts';

/** The brand `ctx.stash.brandId`, if the caller may see its orders (its owner, or an admin). */
export function request(ctx: Context) {
  return getItem(brandKey(ctx.stash.brandId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('brand', ctx.stash.brandId);
  requireOwnerOrAdmin(signedInUser(ctx), ctx.result.ownerId, 'Only the brand’s owner can see its orders.');
  return ctx.result;
}
