import { runtime, type Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { userKey } from './keys.ts';

type Source = { ownerId: string; creator?: unknown };

/** The shop page's pipeline fetches the creator with the shop (one batch); reuse it, no second read. */
export function request(ctx: Context) {
  const shop = ctx.source as Source;
  if (shop.creator) return runtime.earlyReturn(shop.creator);
  return getItem(userKey(shop.ownerId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
