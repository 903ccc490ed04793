import { util, type Context } from '@aws-appsync/utils';
import { isAdmin, signedInUser } from '../../shared/auth.ts';
import { getItem } from '../../shared/dynamodb.ts';
import { ERROR, notFound, raiseUnexpected } from '../../shared/errors.ts';
import { streamKey } from '../keys.ts';
import { STATUS, isModerator, streamNotLive, type Stream } from '../rules.ts';

/**
 * The stream `ctx.stash.streamId`, if the caller may act on it: its creator, or also an admin
 * unless `ctx.stash.creatorOnly`; LIVE if `ctx.stash.whileLive`. Read consistently: the write
 * that follows depends on it (and re-checks what can change meanwhile in its condition).
 */
export function request(ctx: Context) {
  return getItem(streamKey(ctx.stash.streamId), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const stream = ctx.result as Stream | null;
  if (!stream) notFound('live stream', ctx.stash.streamId);
  const user = signedInUser(ctx);
  if (!isModerator(stream, user.sub, !ctx.stash.creatorOnly && isAdmin(user))) {
    util.error(
      ctx.stash.creatorOnly ? 'Only the creator of this stream can do this.' : 'Only the creator of this stream or an admin can do this.',
      ERROR.forbidden,
    );
  }
  if (ctx.stash.whileLive && stream.status !== STATUS.live) streamNotLive(stream);
  return stream;
}
