import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { toPage } from '../../shared/pagination.ts';
import { brandOrdersPage } from '../keys.ts';

/** One page of the brand `ctx.stash.brandId`'s parts of orders, newest first. */
export function request(ctx: Context) {
  const { limit, nextToken } = ctx.stash.page;
  return indexPageQuery(brandOrdersPage(ctx.stash.brandId, limit, nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
