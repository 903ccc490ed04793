import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { INVENTORY_MAX } from './rules.ts';
import type { MutationUpdateInventoryArgs } from './types.generated.ts';

type Args = MutationUpdateInventoryArgs;

/** Pipeline: authorizeProductOwner → applyInventoryDelta. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.brands, GROUP.admins]);
  const { delta } = ctx.args;
  const problems: Problem[] = [];
  if (delta === 0 || delta > INVENTORY_MAX || delta < -INVENTORY_MAX) {
    problems.push({ field: 'delta', message: `must be non-zero and between -${INVENTORY_MAX} and ${INVENTORY_MAX}` });
  }
  refuseInvalid(problems);
  ctx.stash.productId = ctx.args.productId;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
