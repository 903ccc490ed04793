import type { Context } from '@aws-appsync/utils';
import { pageSize } from '../shared/pagination.ts';
import { FEED_PAGE_MAX } from './rules.ts';
import type { QueryRecommendationsArgs } from './types.generated.ts';

type Args = QueryRecommendationsArgs;

/** Pipeline: queryShopFeed → getFeedProducts. An unknown shop has an empty feed, found without a read to tell. */
export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit, FEED_PAGE_MAX);
  ctx.stash.feed = { shopId: ctx.args.shopId, limit, nextToken: ctx.args.nextToken };
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
