import type { Context } from '@aws-appsync/utils';
import { signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { userKey } from '../keys.ts';

/** The caller's profile item (null before they save one), read consistently: writes follow from it. */
export function request(ctx: Context) {
  return getItem(userKey(signedInUser(ctx).sub), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
