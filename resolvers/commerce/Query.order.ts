import { util, type Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../shared/errors.ts';
import { orderKey } from './keys.ts';
import { maySee, orderView, viewerOf, type StoredOrder } from './views.ts';
import type { QueryOrderArgs } from './types.generated.ts';

type Args = QueryOrderArgs;

export function request(ctx: Context<Args>) {
  viewerOf(ctx);
  return getItem(orderKey(ctx.args.id));
}

/** The order carries who may see it (buyer, creator, brand owners), so one read answers both. */
export function response(ctx: Context<Args>) {
  raiseUnexpected(ctx.error);
  const order = ctx.result as StoredOrder | null;
  if (!order) return null;
  const viewer = viewerOf(ctx);
  if (!maySee(order, viewer)) util.error('Only the buyer, the shop’s creator and the brands in an order can see it.', ERROR.forbidden);
  return orderView(order, viewer);
}
