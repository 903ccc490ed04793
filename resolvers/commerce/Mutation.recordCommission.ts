import type { Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import type { MutationRecordCommissionArgs } from './types.generated.ts';

type Args = MutationRecordCommissionArgs;

/** Pipeline: getOrder → writeCommission. */
export function request(ctx: Context<Args>) {
  requireIam();
  ctx.stash.orderId = ctx.args.orderId;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
