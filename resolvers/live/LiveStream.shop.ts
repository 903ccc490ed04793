import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { shopKey } from '../shops/keys.ts';

/** The stream's shop, from the Shops table (read-only); in the Merged API its other fields resolve there. */
export function request(ctx: Context) {
  return getItem(shopKey((ctx.source as { shopId: string }).shopId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
