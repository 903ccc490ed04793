import type { Context } from '@aws-appsync/utils';
import { sortKeyRangeQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { pageSize, toPage } from '../shared/pagination.ts';
import { ENTRY_PREFIX, RANGE_END, creatorPartition } from './keys.ts';
import type { EarningsEntriesArgs } from './types.generated.ts';

type Args = EarningsEntriesArgs;
type Source = { creatorId: string; from: string; to: string };

/** The ledger entries of the days myEarnings covers, newest day first. */
export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit);
  const { creatorId, from, to } = ctx.source as Source;
  return sortKeyRangeQuery({
    partition: creatorPartition(creatorId),
    from: `${ENTRY_PREFIX}${from}#`,
    to: `${ENTRY_PREFIX}${to}#${RANGE_END}`,
    limit,
    nextToken: ctx.args.nextToken,
    newestFirst: true,
  });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
