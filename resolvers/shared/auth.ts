import { util, type AppSyncIdentityCognito, type Context } from '@aws-appsync/utils';

/** The Cognito groups of the platform, as named in the user pool. */
export const GROUP = { shoppers: 'shoppers', creators: 'creators', brands: 'brands', admins: 'admins' } as const;

export type Group = (typeof GROUP)[keyof typeof GROUP];

/**
 * A signed-in user of the pool; `sub` is their id everywhere in the API. Their Cognito username
 * is the same UUID (the pool signs in by e-mail), so it is left out: names come from profiles.
 */
export interface User {
  sub: string;
  groups: string[];
}

/**
 * The signed-in user calling. API key and IAM callers have no user, so they get AppSync's own
 * Unauthorized, the same answer the schema's directives give.
 */
export function signedInUser(ctx: Context): User {
  if (util.authType() !== 'User Pool Authorization') util.unauthorized();
  const identity = ctx.identity as AppSyncIdentityCognito;
  return { sub: identity.sub, groups: identity.groups ?? [] };
}

export function inGroup(user: User, group: Group): boolean {
  return user.groups.indexOf(group) >= 0;
}

export function isAdmin(user: User): boolean {
  return inGroup(user, GROUP.admins);
}

/**
 * The directive on the field already restricts it to these groups; checked again so that a
 * resolver stays safe when a directive is edited, and Unauthorized either way.
 */
export function requireGroup(user: User, groups: Group[]): void {
  if (!groups.some((group) => inGroup(user, group))) util.unauthorized();
}

/** "Caller is owner", with the admin override. A signed-in non-owner gets the business error FORBIDDEN. */
export function requireOwner(user: User, ownerId: string, what: string): void {
  if (user.sub !== ownerId && !isAdmin(user)) {
    util.error(`Only the owner of this ${what} can change it.`, 'FORBIDDEN');
  }
}

/**
 * Backend callers only (the viewer-count aggregator, workflow publishers): the field's `@aws_iam`
 * already says so, and which principal may call it is the IAM policy's business.
 */
export function requireIam(): void {
  if (util.authType() !== 'IAM Authorization') util.unauthorized();
}

/** For reads reserved to an owner: a signed-in caller who is neither the owner nor an admin gets FORBIDDEN with `message`. */
export function requireOwnerOrAdmin(user: User, ownerId: string, message: string): void {
  if (user.sub !== ownerId && !isAdmin(user)) util.error(message, 'FORBIDDEN');
}
