import type { Context } from '@aws-appsync/utils';
import { signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { userKey } from '../../shops/keys.ts';

/** The caller's profile in the Shops table (null before they save one): their shop, their display name. */
export function request(ctx: Context) {
  return getItem(userKey(signedInUser(ctx).sub));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
