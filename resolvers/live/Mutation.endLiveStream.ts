import { extensions, util, type Context } from '@aws-appsync/utils';
import { GROUP, isAdmin, requireGroup, signedInUser } from '../shared/auth.ts';
import { toKey } from '../shared/dynamodb.ts';
import { ERROR, notFound } from '../shared/errors.ts';
import { EVENT, SUBSCRIPTION_FIELD, liveEvent } from './events.ts';
import { streamKey } from './keys.ts';
import { STATUS, isModerator, refusedWhileNotLive, type Stream } from './rules.ts';
import { nowUtcMillis } from '../shared/time.ts';
import type { MutationEndLiveStreamArgs } from './types.generated.ts';

type Args = MutationEndLiveStreamArgs;

/**
 * Pipeline: updateStream → getRefusedStream. LIVE → ENDED in one conditional update, the
 * creator's ownership part of the condition (an admin may end anyone's stream). Leaving GSI1
 * takes the stream out of liveNow.
 */
export function request(ctx: Context<Args>) {
  const user = signedInUser(ctx);
  requireGroup(user, [GROUP.creators, GROUP.admins]);
  const now = nowUtcMillis();
  ctx.stash.now = now;
  ctx.stash.streamId = ctx.args.id;
  const owner = isAdmin(user) ? '' : ' AND creatorId = :caller';
  ctx.stash.update = {
    operation: 'UpdateItem',
    key: toKey(streamKey(ctx.args.id)),
    update: {
      expression: 'SET #status = :ended, endedAt = :now, updatedAt = :now REMOVE gsi1pk, gsi1sk',
      expressionNames: { '#status': 'status' },
      expressionValues: util.dynamodb.toMapValues({ ':ended': STATUS.ended, ':now': now }),
    },
    condition: {
      expression: `#status = :live${owner}`,
      expressionNames: { '#status': 'status' },
      expressionValues: util.dynamodb.toMapValues(isAdmin(user) ? { ':live': STATUS.live } : { ':live': STATUS.live, ':caller': user.sub }),
    },
  };
  return {};
}

/** Publishes STREAM_ENDED, then closes the stream's subscriptions: nothing more will happen in it. */
export function response(ctx: Context<Args>) {
  if (ctx.stash.refused) {
    const user = signedInUser(ctx);
    const current = ctx.prev.result as Stream | null;
    if (!current) notFound('live stream', ctx.args.id);
    if (!isModerator(current, user.sub, isAdmin(user)))
      util.error('Only the creator of this stream or an admin can end it.', ERROR.forbidden);
    refusedWhileNotLive(current);
  }
  extensions.invalidateSubscriptions({ subscriptionField: SUBSCRIPTION_FIELD, payload: { streamId: ctx.args.id } });
  return liveEvent(ctx.args.id, EVENT.ended, { stream: ctx.prev.result }, ctx.stash.now);
}
