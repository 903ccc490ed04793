import { util, type Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import { transactPutNew } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { refuseInvalid, text, type Problem } from '../shared/validation.ts';
import { brandIdsOf, newOrderItems } from './orders.ts';
import { ORDER_BRANDS_MAX, ORDER_TOTAL_MAX, orderLines, sumOf } from './rules.ts';
import type { MutationCreateOrderArgs } from './types.generated.ts';
import { tables } from '../shared/tables.ts';

type Args = MutationCreateOrderArgs;

const put = (table: string, item: Record<string, unknown> & { pk: string; sk: string }) =>
  transactPutNew(table, { pk: item.pk, sk: item.sk }, item);

/** The checkout workflow's first write: the order, PENDING, and its part per brand, in one transaction. */
export function request(ctx: Context<Args>) {
  requireIam();
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const buyerId = text(problems, 'buyerId', input.buyerId, { max: 128, required: true }) as string;
  const shopId = text(problems, 'shopId', input.shopId, { max: 128, required: true }) as string;
  const creatorId = text(problems, 'creatorId', input.creatorId, { max: 128, required: true }) as string;
  const lines = orderLines(problems, input.lines);
  const brandIds = brandIdsOf(lines);
  if (brandIds.length > ORDER_BRANDS_MAX) problems.push({ field: 'lines', message: `must come from at most ${ORDER_BRANDS_MAX} brands` });
  const total = sumOf(lines.map((line) => line.total.amount));
  if (total > ORDER_TOTAL_MAX) problems.push({ field: 'lines', message: `must total at most ${ORDER_TOTAL_MAX} minor units` });
  refuseInvalid(problems);

  const { order, parts } = newOrderItems({ id: util.autoUlid(), buyerId, shopId, creatorId, lines, now: util.time.nowISO8601() });
  ctx.stash.order = order;
  const table = tables.Commerce;
  return { operation: 'TransactWriteItems', transactItems: [put(table, order), ...parts.map((part) => put(table, part))] };
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.stash.order;
}
