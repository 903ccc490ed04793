import type { Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { reason } from './rules.ts';
import type { MutationTransitionEarningArgs } from './types.generated.ts';

type Args = MutationTransitionEarningArgs;

/** Pipeline: getOrder → getEarningsEntry → applyEarningTransition. */
export function request(ctx: Context<Args>) {
  requireIam();
  const problems: Problem[] = [];
  if (ctx.args.to === 'PENDING') problems.push({ field: 'to', message: 'must be a state an entry can move to; entries start PENDING' });
  ctx.stash.reason = reason(problems, ctx.args.reason);
  refuseInvalid(problems);
  ctx.stash.orderId = ctx.args.orderId;
  ctx.stash.to = ctx.args.to;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
