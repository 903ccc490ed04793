import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { pageSize, toPage } from '../shared/pagination.ts';
import { liveNowPage } from './keys.ts';
import type { QueryLiveNowArgs } from './types.generated.ts';

type Args = QueryLiveNowArgs;

/** GSI1 holds a stream only while it is LIVE, so one page of it is one page of what is on air. */
export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit);
  return indexPageQuery(liveNowPage(limit, ctx.args.nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
