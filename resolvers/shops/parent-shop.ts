import { runtime, type Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { shopKey } from './keys.ts';

/** The shop named by the parent's `shopId`: a creator's (Creator.shop) or the caller's own (Me.shop); null without one. */
export function request(ctx: Context) {
  const shopId = (ctx.source as { shopId?: string | null }).shopId;
  if (!shopId) return runtime.earlyReturn(null);
  return getItem(shopKey(shopId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
