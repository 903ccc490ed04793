import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { intInRange, refuseInvalid, type Problem } from '../shared/validation.ts';
import { INVENTORY_MAX, productFields } from './rules.ts';
import type { MutationCreateProductArgs } from './types.generated.ts';

type Args = MutationCreateProductArgs;

/** Pipeline: authorizeBrandOwner → insertProduct. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.brands, GROUP.admins]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const product = {
    ...productFields(problems, input),
    inventory: intInRange(problems, 'inventory', input.inventory, 0, INVENTORY_MAX),
  };
  refuseInvalid(problems);
  ctx.stash.brandId = input.brandId;
  ctx.stash.product = product;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
