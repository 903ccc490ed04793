import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { toPage } from '../../shared/pagination.ts';
import { shopOrdersPage } from '../keys.ts';
import { orderView, viewerOf, type StoredOrder } from '../views.ts';

/** One page of the orders of the shop `ctx.stash.shopId`, newest first, as its creator sees them. */
export function request(ctx: Context) {
  const { limit, nextToken } = ctx.stash.page;
  return indexPageQuery(shopOrdersPage(ctx.stash.shopId, limit, nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const viewer = viewerOf(ctx);
  const page = toPage(ctx.result);
  return { ...page, items: (page.items as StoredOrder[]).map((order) => orderView(order, viewer)) };
}
