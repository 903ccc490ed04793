import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { pageSize } from '../shared/pagination.ts';
import type { QueryBrandOrdersArgs } from './types.generated.ts';

type Args = QueryBrandOrdersArgs;

/** Pipeline: authorizeBrandViewer → queryBrandOrders. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.brands, GROUP.admins]);
  const limit = pageSize(ctx.args.limit);
  ctx.stash.brandId = ctx.args.brandId;
  ctx.stash.page = { limit, nextToken: ctx.args.nextToken };
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
