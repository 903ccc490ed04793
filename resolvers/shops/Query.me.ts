import type { Context } from '@aws-appsync/utils';
import { GROUP, inGroup, signedInUser, type User } from '../shared/auth.ts';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { userKey } from './keys.ts';
import type { Role } from './types.generated.ts';

export function request(ctx: Context) {
  return getItem(userKey(signedInUser(ctx).sub), true);
}

/** A signed-in user has a `Me` before they save a profile: profile, creator and shop are then null. */
export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const user = signedInUser(ctx);
  const profile = ctx.result;
  return {
    id: user.sub,
    roles: rolesOf(user),
    profile,
    creator: profile && profile.creatorSince ? profile : null,
    shopId: profile ? profile.shopId : null,
  };
}

function rolesOf(user: User): Role[] {
  const roles: Role[] = [];
  if (inGroup(user, GROUP.shoppers)) roles.push('SHOPPER');
  if (inGroup(user, GROUP.creators)) roles.push('CREATOR');
  if (inGroup(user, GROUP.brands)) roles.push('BRAND');
  if (inGroup(user, GROUP.admins)) roles.push('ADMIN');
  return roles;
}
