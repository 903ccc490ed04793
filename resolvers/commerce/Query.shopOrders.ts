import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { pageSize } from '../shared/pagination.ts';
import type { QueryShopOrdersArgs } from './types.generated.ts';

type Args = QueryShopOrdersArgs;

/** Pipeline: authorizeShopViewer → queryShopOrders. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators, GROUP.admins]);
  const limit = pageSize(ctx.args.limit);
  ctx.stash.shopId = ctx.args.shopId;
  ctx.stash.page = { limit, nextToken: ctx.args.nextToken };
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
