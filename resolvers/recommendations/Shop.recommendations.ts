import type { Context } from '@aws-appsync/utils';
import { pageSize } from '../shared/pagination.ts';
import { FEED_PAGE_MAX } from './rules.ts';
import type { ShopRecommendationsArgs } from './types.generated.ts';

type Args = ShopRecommendationsArgs;

/**
 * The shop page's feed. Pipeline: queryShopFeed → getFeedProducts: one Query and one
 * BatchGetItem, whatever the page size, so with shopBySlug's two the page costs four requests.
 */
export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit, FEED_PAGE_MAX);
  ctx.stash.feed = { shopId: (ctx.source as { id: string }).id, limit, nextToken: ctx.args.nextToken };
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
