import type { Context } from '@aws-appsync/utils';
import { getItem } from '../../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../../shared/errors.ts';
import { orderKey } from '../keys.ts';

/** The order `ctx.stash.orderId`, read consistently: the write that follows is conditioned on what it saw. */
export function request(ctx: Context) {
  return getItem(orderKey(ctx.stash.orderId), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('order', ctx.stash.orderId);
  return ctx.result;
}
