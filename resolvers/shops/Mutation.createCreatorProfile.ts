import { util, type Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { conditionFailed, toKey, updateExpression } from '../shared/dynamodb.ts';
import { conflict, raiseUnexpected } from '../shared/errors.ts';
import { httpsUrl, refuseInvalid, text, type Problem } from '../shared/validation.ts';
import { userKey } from './keys.ts';
import type { MutationCreateCreatorProfileArgs } from './types.generated.ts';

type Args = MutationCreateCreatorProfileArgs;

/**
 * A creator profile is the user's profile item made public: an upsert that keeps what
 * updateProfile saved before, refused if the caller is a creator already.
 */
export function request(ctx: Context<Args>) {
  const user = signedInUser(ctx);
  requireGroup(user, [GROUP.creators]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const profile = {
    displayName: text(problems, 'displayName', input.displayName, { max: 60, required: true }),
    bio: text(problems, 'bio', input.bio, { max: 500 }),
    avatarUrl: httpsUrl(problems, 'avatarUrl', input.avatarUrl),
  };
  refuseInvalid(problems);
  const now = util.time.nowISO8601();
  return {
    operation: 'UpdateItem',
    key: toKey(userKey(user.sub)),
    update: updateExpression({ ...profile, id: user.sub, creatorSince: now, updatedAt: now }, { createdAt: now }),
    condition: { expression: 'attribute_not_exists(creatorSince)' },
  };
}

export function response(ctx: Context) {
  if (conditionFailed(ctx.error)) conflict('You already have a creator profile.');
  raiseUnexpected(ctx.error);
  return ctx.result;
}
