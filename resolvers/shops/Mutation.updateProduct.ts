import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { refuseInvalid, requireSomeChange, type Problem } from '../shared/validation.ts';
import { productFields } from './rules.ts';
import type { MutationUpdateProductArgs } from './types.generated.ts';

type Args = MutationUpdateProductArgs;

/** Pipeline: authorizeProductOwner → saveProduct. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.brands, GROUP.admins]);
  const problems: Problem[] = [];
  const changes = productFields(problems, ctx.args.input);
  requireSomeChange(problems, ctx.args.input);
  refuseInvalid(problems);
  ctx.stash.productId = ctx.args.id;
  ctx.stash.changes = changes;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
