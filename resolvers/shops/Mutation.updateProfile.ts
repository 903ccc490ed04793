import { util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../shared/auth.ts';
import { conditionFailed, toKey, updateExpression } from '../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../shared/errors.ts';
import { httpsUrl, refuseInvalid, requireSomeChange, text, type Problem } from '../shared/validation.ts';
import { userKey } from './keys.ts';
import type { MutationUpdateProfileArgs } from './types.generated.ts';

type Args = MutationUpdateProfileArgs;

/** An upsert: the first save must name the user, so without a displayName the profile must exist. */
export function request(ctx: Context<Args>) {
  const user = signedInUser(ctx);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const changes = {
    displayName: text(problems, 'displayName', input.displayName, { max: 60, required: true }),
    bio: text(problems, 'bio', input.bio, { max: 500 }),
    avatarUrl: httpsUrl(problems, 'avatarUrl', input.avatarUrl),
  };
  requireSomeChange(problems, input);
  refuseInvalid(problems);
  const now = util.time.nowISO8601();
  const request = {
    operation: 'UpdateItem' as const,
    key: toKey(userKey(user.sub)),
    update: updateExpression({ ...changes, id: user.sub, updatedAt: now }, { createdAt: now }),
  };
  return changes.displayName === undefined ? { ...request, condition: { expression: 'attribute_exists(displayName)' } } : request;
}

export function response(ctx: Context) {
  if (conditionFailed(ctx.error)) {
    const problems = [{ field: 'displayName', message: 'is required for a new profile' }];
    util.error('Invalid input: displayName is required for a new profile.', ERROR.validation, null, { problems });
  }
  raiseUnexpected(ctx.error);
  return ctx.result;
}
