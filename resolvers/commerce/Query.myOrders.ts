import type { Context } from '@aws-appsync/utils';
import { signedInUser } from '../shared/auth.ts';
import { indexPageQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { pageSize, toPage } from '../shared/pagination.ts';
import { buyerOrdersPage } from './keys.ts';
import { orderView, viewerOf, type StoredOrder } from './views.ts';
import type { QueryMyOrdersArgs } from './types.generated.ts';

type Args = QueryMyOrdersArgs;

export function request(ctx: Context<Args>) {
  const user = signedInUser(ctx);
  const limit = pageSize(ctx.args.limit);
  return indexPageQuery(buyerOrdersPage(user.sub, limit, ctx.args.nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const viewer = viewerOf(ctx);
  const page = toPage(ctx.result);
  return { ...page, items: (page.items as StoredOrder[]).map((order) => orderView(order, viewer)) };
}
