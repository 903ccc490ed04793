import { util, type Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { sortKeyRangeQuery } from '../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../shared/errors.ts';
import { money } from '../shared/money.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { DAY_PREFIX, RANGE_END, creatorPartition } from './keys.ts';
import { dayRange } from './rules.ts';
import type { QueryMyEarningsArgs } from './types.generated.ts';

type Args = QueryMyEarningsArgs;
type DayTotal = { currency: string; pending?: number; available?: number; paid?: number; reversed?: number; entryCount?: number };

/**
 * The totals add up the daily totals of the range, one item per day and currency, never the
 * entries: at most 366 days of five currencies, well inside one Query page.
 */
export function request(ctx: Context<Args>) {
  const user = signedInUser(ctx);
  requireGroup(user, [GROUP.creators]);
  const problems: Problem[] = [];
  const { from, to } = dayRange(problems, ctx.args.from, ctx.args.to);
  refuseInvalid(problems);
  ctx.stash.earnings = { creatorId: user.sub, from, to };
  return sortKeyRangeQuery({ partition: creatorPartition(user.sub), from: `${DAY_PREFIX}${from}#`, to: `${DAY_PREFIX}${to}#${RANGE_END}` });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  if (ctx.result.nextToken) util.error('The earnings could not be added up this time; retry.', ERROR.unavailable);
  const byCurrency: Record<string, Required<DayTotal>> = {};
  (ctx.result.items as DayTotal[]).forEach((day) => {
    const total = byCurrency[day.currency] ?? { currency: day.currency, pending: 0, available: 0, paid: 0, reversed: 0, entryCount: 0 };
    total.pending += day.pending ?? 0;
    total.available += day.available ?? 0;
    total.paid += day.paid ?? 0;
    total.reversed += day.reversed ?? 0;
    total.entryCount += day.entryCount ?? 0;
    byCurrency[day.currency] = total;
  });
  const totals = Object.keys(byCurrency)
    .sort()
    .map((currency) => {
      const t = byCurrency[currency]!;
      return {
        currency,
        earned: money(t.pending + t.available + t.paid, currency),
        pending: money(t.pending, currency),
        available: money(t.available, currency),
        paid: money(t.paid, currency),
        reversed: money(t.reversed, currency),
        entryCount: t.entryCount,
      };
    });
  return { ...ctx.stash.earnings, totals };
}
