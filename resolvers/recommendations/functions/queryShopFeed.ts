import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { toPage } from '../../shared/pagination.ts';
import { shopFeedPage } from '../keys.ts';

/** One page of the feed `ctx.stash.feed` ({ shopId, limit, nextToken }), newest first. */
export function request(ctx: Context) {
  const { shopId, limit, nextToken } = ctx.stash.feed;
  return indexPageQuery(shopFeedPage(shopId, limit, nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
