import type { Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { orderTransitionSources, reason } from './rules.ts';
import type { MutationTransitionOrderArgs } from './types.generated.ts';

type Args = MutationTransitionOrderArgs;

/** Pipeline: getOrder → applyOrderTransition. */
export function request(ctx: Context<Args>) {
  requireIam();
  const problems: Problem[] = [];
  if (!orderTransitionSources(ctx.args.to).length)
    problems.push({ field: 'to', message: 'must be a state an order can move to; orders start PENDING' });
  ctx.stash.reason = reason(problems, ctx.args.reason);
  refuseInvalid(problems);
  ctx.stash.orderId = ctx.args.id;
  ctx.stash.to = ctx.args.to;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
