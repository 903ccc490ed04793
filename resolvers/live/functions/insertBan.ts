import { util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../../shared/auth.ts';
import { conditionFailed, putNew } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { EVENT, liveEvent } from '../events.ts';
import { banKey } from '../keys.ts';
import type { Stream } from '../rules.ts';
import { nowUtcMillis } from '../../shared/time.ts';

/**
 * The ban item that sendComment's transaction checks for. Expects the stream in `ctx.prev.result`
 * and the user in `ctx.stash.userId`.
 */
export function request(ctx: Context) {
  const stream = ctx.prev.result as Stream;
  const userId = ctx.stash.userId as string;
  if (userId === stream.creatorId) {
    util.error('The creator of a stream cannot be banned from it.', ERROR.validation, null, {
      problems: [{ field: 'userId', message: 'cannot be the stream’s creator' }],
    });
  }
  const now = nowUtcMillis();
  ctx.stash.now = now;
  return putNew(banKey(stream.id, userId), { streamId: stream.id, userId, bannedBy: signedInUser(ctx).sub, bannedAt: now });
}

export function response(ctx: Context) {
  const userId = ctx.stash.userId as string;
  if (conditionFailed(ctx.error)) util.error('This user is already banned from this stream.', ERROR.conflict, null, { userId });
  raiseUnexpected(ctx.error);
  return liveEvent(ctx.stash.streamId, EVENT.userBanned, { bannedUserId: userId }, ctx.stash.now);
}
