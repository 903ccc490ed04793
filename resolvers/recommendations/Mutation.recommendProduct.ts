import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { recommendationFields } from './rules.ts';
import type { MutationRecommendProductArgs } from './types.generated.ts';

type Args = MutationRecommendProductArgs;

/** Pipeline: getShopAndProduct → insertRecommendation. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators, GROUP.admins]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const fields = recommendationFields(problems, input);
  refuseInvalid(problems);
  ctx.stash.shopId = input.shopId;
  ctx.stash.productId = input.productId;
  ctx.stash.fields = fields;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
