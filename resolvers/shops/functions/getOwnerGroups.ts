import type { Context } from '@aws-appsync/utils';
import { GROUP } from '../../shared/auth.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { refuseInvalid } from '../../shared/validation.ts';

/**
 * Refuses a brand whose owner (`ctx.stash.brand.ownerId`) is not a user of the `brands` group:
 * only such a user can act for a brand, so any other owner would leave it unmanageable.
 * Membership is the user pool's (lambdas/user-directory.ts).
 */
export function request(ctx: Context) {
  return { operation: 'Invoke', payload: { field: 'groupsOfUser', username: ctx.stash.brand.ownerId } };
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const { exists, groups } = ctx.result as { exists: boolean; groups: string[] };
  if (!exists) refuseInvalid([{ field: 'ownerId', message: 'is not a user' }]);
  if (!groups.includes(GROUP.brands)) refuseInvalid([{ field: 'ownerId', message: 'is not a user of the brands group' }]);
  return ctx.result;
}
