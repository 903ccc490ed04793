import type { Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';

/** Publish-only: the NONE data source hands the input back, and onOrderUpdated/onMyOrderUpdated deliver it. */
export function request(ctx: Context) {
  requireIam();
  return { payload: ctx.args.input };
}

export function response(ctx: Context) {
  return ctx.result;
}
