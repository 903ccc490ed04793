import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { pageSize } from '../shared/pagination.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import type { QueryBrandOrdersArgs } from './types.generated.ts';

type Args = QueryBrandOrdersArgs;

/** Pipeline: authorizeBrandViewer → queryBrandOrders. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.brands, GROUP.admins]);
  const problems: Problem[] = [];
  const limit = pageSize(problems, ctx.args.limit);
  refuseInvalid(problems);
  ctx.stash.brandId = ctx.args.brandId;
  ctx.stash.page = { limit, nextToken: ctx.args.nextToken };
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
