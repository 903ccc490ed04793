import { util, type Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import { transactPutNew } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { money } from '../shared/money.ts';
import { refuseInvalid, text, type Problem } from '../shared/validation.ts';
import { brandPartIndexKeys, brandPartKey, orderIndexKeys, orderKey } from './keys.ts';
import { ORDER_BRANDS_MAX, ORDER_TOTAL_MAX, orderLines, sumOf, type Line } from './rules.ts';
import type { MutationCreateOrderArgs } from './types.generated.ts';

type Args = MutationCreateOrderArgs;

const distinct = (values: string[]) => values.filter((value, i) => values.indexOf(value) === i);
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
  const brandIds = distinct(lines.map((line) => line.brandId));
  if (brandIds.length > ORDER_BRANDS_MAX) problems.push({ field: 'lines', message: `must come from at most ${ORDER_BRANDS_MAX} brands` });
  const total = sumOf(lines.map((line) => line.total.amount));
  if (total > ORDER_TOTAL_MAX) problems.push({ field: 'lines', message: `must total at most ${ORDER_TOTAL_MAX} minor units` });
  refuseInvalid(problems);

  const id = util.autoUlid();
  const now = util.time.nowISO8601();
  const currency = lines[0]!.unitPrice.currency;
  const order = {
    ...orderKey(id),
    ...orderIndexKeys({ id, buyerId, shopId, createdAt: now }),
    id,
    buyerId,
    shopId,
    creatorId,
    status: 'PENDING',
    currency,
    lines,
    total: money(total, currency),
    commission: money(sumOf(lines.map((line) => line.commission)), currency),
    brandIds,
    brandOwnerIds: distinct(lines.map((line) => line.brandOwnerId)),
    returnWindowDays: lines.reduce((longest, line) => (line.returnWindowDays > longest ? line.returnWindowDays : longest), 0),
    history: [{ status: 'PENDING', at: now }],
    createdAt: now,
    updatedAt: now,
  };
  ctx.stash.order = order;
  const table = ctx.env.COMMERCE_TABLE;
  return {
    operation: 'TransactWriteItems',
    transactItems: [put(table, order), ...brandIds.map((brandId) => put(table, brandPart(order, brandId, lines)))],
  };
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.stash.order;
}

function brandPart(
  order: { id: string; buyerId: string; shopId: string; currency: string; createdAt: string },
  brandId: string,
  all: Line[],
) {
  const lines = all.filter((line) => line.brandId === brandId);
  return {
    ...brandPartKey(order.id, brandId),
    ...brandPartIndexKeys(brandId, order.id, order.createdAt),
    orderId: order.id,
    brandId,
    brandOwnerId: lines[0]!.brandOwnerId,
    buyerId: order.buyerId,
    shopId: order.shopId,
    status: 'PENDING',
    lines,
    total: money(sumOf(lines.map((line) => line.total.amount)), order.currency),
    createdAt: order.createdAt,
    updatedAt: order.createdAt,
  };
}
