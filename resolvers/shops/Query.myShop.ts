import type { Context } from '@aws-appsync/utils';
import { signedInUser } from '../shared/auth.ts';

/** Pipeline: getCallerProfile → getShopOfProfile. */
export function request(ctx: Context) {
  signedInUser(ctx);
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
