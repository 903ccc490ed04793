import type { Context } from '@aws-appsync/utils';
import { requireOwner, signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../../shared/errors.ts';
import { productKey } from '../keys.ts';

/** The product `ctx.stash.productId`, if the caller may change it (its brand's owner, or an admin). */
export function request(ctx: Context) {
  return getItem(productKey(ctx.stash.productId), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('product', ctx.stash.productId);
  requireOwner(signedInUser(ctx), ctx.result.ownerId, 'product');
  return ctx.result;
}
