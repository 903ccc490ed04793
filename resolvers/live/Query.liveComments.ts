import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { pageSize, toPage } from '../shared/pagination.ts';
import { commentsPage } from './keys.ts';
import type { QueryLiveCommentsArgs } from './types.generated.ts';

type Args = QueryLiveCommentsArgs;

/** Chat history, newest first; an unknown stream has none, and costs no extra read to tell. */
export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit);
  return indexPageQuery(commentsPage(ctx.args.streamId, limit, ctx.args.nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
