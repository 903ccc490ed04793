import { runtime, type Context } from '@aws-appsync/utils';
import { getItem } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { shopKey } from '../keys.ts';

/** The shop of the profile in `ctx.prev.result`, or null. */
export function request(ctx: Context) {
  const profile = ctx.prev.result as { shopId?: string } | null;
  if (!profile || !profile.shopId) return runtime.earlyReturn(null);
  return getItem(shopKey(profile.shopId), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
