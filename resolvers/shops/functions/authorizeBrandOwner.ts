import type { Context } from '@aws-appsync/utils';
import { requireOwner, signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../../shared/errors.ts';
import { brandKey } from '../keys.ts';

/** The brand `ctx.stash.brandId`, if the caller may act for it (its owner, or an admin). */
export function request(ctx: Context) {
  return getItem(brandKey(ctx.stash.brandId), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('brand', ctx.stash.brandId);
  requireOwner(signedInUser(ctx), ctx.result.ownerId, 'brand');
  return ctx.result;
}
