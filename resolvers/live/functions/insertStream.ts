import { util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../../shared/auth.ts';
import { putNew } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { shopStreamsIndexKeys, streamKey } from '../keys.ts';
import { STATUS } from '../rules.ts';
import { nowUtcMillis } from '../../shared/time.ts';

type Profile = { shopId?: string };

/**
 * A SCHEDULED stream of the caller's shop (a creator has one, on their profile). Expects the
 * profile in `ctx.prev.result` and the valid input in `ctx.stash.stream`.
 */
export function request(ctx: Context) {
  const profile = ctx.prev.result as Profile | null;
  if (!profile || !profile.shopId) util.error('Open your shop before scheduling a live stream.', ERROR.notFound);
  const id = util.autoUlid();
  const now = nowUtcMillis();
  const { title, description, scheduledAt } = ctx.stash.stream;
  return putNew(streamKey(id), {
    ...shopStreamsIndexKeys(profile.shopId, scheduledAt, id),
    id,
    shopId: profile.shopId,
    creatorId: signedInUser(ctx).sub,
    title,
    description,
    status: STATUS.scheduled,
    scheduledAt,
    viewerCount: 0,
    createdAt: now,
    updatedAt: now,
  });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
