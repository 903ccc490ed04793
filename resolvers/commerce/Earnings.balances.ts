import type { Context } from '@aws-appsync/utils';
import { sortKeyRangeQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { money } from '../shared/money.ts';
import { BALANCE_PREFIX, RANGE_END, creatorPartition } from './keys.ts';

type Balance = { currency: string; pending?: number; available?: number; paid?: number; reversed?: number; updatedAt: string };

/** The creator's balance items, one per currency (five at most). */
export function request(ctx: Context) {
  const { creatorId } = ctx.source as { creatorId: string };
  return sortKeyRangeQuery({ partition: creatorPartition(creatorId), from: BALANCE_PREFIX, to: `${BALANCE_PREFIX}${RANGE_END}` });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return (ctx.result.items as Balance[]).map((b) => ({
    currency: b.currency,
    pending: money(b.pending ?? 0, b.currency),
    available: money(b.available ?? 0, b.currency),
    paid: money(b.paid ?? 0, b.currency),
    reversed: money(b.reversed ?? 0, b.currency),
    updatedAt: b.updatedAt,
  }));
}
