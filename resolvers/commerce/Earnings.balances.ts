import type { Context } from '@aws-appsync/utils';
import { sortKeyRangeQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { money } from '../shared/money.ts';
import { BALANCE_PREFIX, RANGE_END, creatorPartition } from './keys.ts';

type Balance = { currency: string; pending?: number; available?: number; paid?: number; reversed?: number; updatedAt: string };

/** The creator's balance items: AGGREGATE_SHARDS per currency (five currencies at most), summed per currency. */
export function request(ctx: Context) {
  const { creatorId } = ctx.source as { creatorId: string };
  return sortKeyRangeQuery({ partition: creatorPartition(creatorId), from: BALANCE_PREFIX, to: `${BALANCE_PREFIX}${RANGE_END}` });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const byCurrency: Record<string, Required<Balance>> = {};
  const currencies: string[] = [];
  (ctx.result.items as Balance[]).forEach((b) => {
    const sum = byCurrency[b.currency];
    if (!sum) {
      currencies.push(b.currency);
      byCurrency[b.currency] = {
        currency: b.currency,
        pending: b.pending ?? 0,
        available: b.available ?? 0,
        paid: b.paid ?? 0,
        reversed: b.reversed ?? 0,
        updatedAt: b.updatedAt,
      };
      return;
    }
    sum.pending += b.pending ?? 0;
    sum.available += b.available ?? 0;
    sum.paid += b.paid ?? 0;
    sum.reversed += b.reversed ?? 0;
    if (b.updatedAt > sum.updatedAt) sum.updatedAt = b.updatedAt;
  });
  return currencies.map((currency) => {
    const b = byCurrency[currency]!;
    return {
      currency,
      pending: money(b.pending, currency),
      available: money(b.available, currency),
      paid: money(b.paid, currency),
      reversed: money(b.reversed, currency),
      updatedAt: b.updatedAt,
    };
  });
}
