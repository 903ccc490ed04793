import { util, type Context } from '@aws-appsync/utils';
import { getItem } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { entryKey } from '../keys.ts';

type Order = { id: string; creatorId: string; confirmedAt?: string };

/** The ledger entry of the order in `ctx.prev.result` (kept in `ctx.stash.order`), read consistently. */
export function request(ctx: Context) {
  const order = ctx.prev.result as Order;
  ctx.stash.order = order;
  if (!order.confirmedAt) noEntry(order.id);
  return getItem(entryKey(order.creatorId, order.confirmedAt.slice(0, 10), order.id), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) noEntry(ctx.stash.orderId);
  return ctx.result;
}

function noEntry(orderId: string): never {
  return util.error(`No commission is recorded on order ${orderId}.`, ERROR.notFound, null, { orderId });
}
