import {
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';

/** What resolvers ask of the user pool (resolvers/shops/functions/getOwnerGroups.ts). */
export type UserDirectoryEvent = { field: 'groupsOfUser'; username: string };
/** `exists: false` for a username the pool does not know. */
export type UserGroups = { exists: boolean; groups: string[] };

const cognito = new CognitoIdentityProviderClient({});

/**
 * The user pool's answers, behind AppSync's Lambda data source: group membership lives in
 * Cognito, and only a token's own claims carry it, so checking another user's groups (a brand's
 * owner must be in `brands`) asks the pool.
 */
export const handler = async (event: UserDirectoryEvent): Promise<UserGroups> => {
  const groups: string[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await cognito.send(
        new AdminListGroupsForUserCommand({ UserPoolId: process.env.USER_POOL_ID, Username: event.username, NextToken: nextToken }),
      );
      groups.push(...(page.Groups ?? []).map((g) => g.GroupName!));
      nextToken = page.NextToken;
    } while (nextToken);
  } catch (e) {
    if (e instanceof UserNotFoundException) return { exists: false, groups: [] };
    throw e;
  }
  return { exists: true, groups };
};
