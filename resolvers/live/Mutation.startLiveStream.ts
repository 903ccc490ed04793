import { util, type Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { toKey } from '../shared/dynamodb.ts';
import { ERROR, notFound } from '../shared/errors.ts';
import { EVENT, liveEvent } from './events.ts';
import { liveIndexKeys, streamKey } from './keys.ts';
import { STATUS, type Stream } from './rules.ts';
import { nowUtcMillis } from '../shared/time.ts';
import type { MutationStartLiveStreamArgs } from './types.generated.ts';

type Args = MutationStartLiveStreamArgs;

/**
 * Pipeline: updateStream → getRefusedStream. SCHEDULED → LIVE in one conditional update whose
 * condition is also the ownership check (only the creator goes live, admins do not). Of two
 * concurrent starts DynamoDB applies one; the other is refused. Entering GSI1 puts the stream in
 * liveNow.
 */
export function request(ctx: Context<Args>) {
  const user = signedInUser(ctx);
  requireGroup(user, [GROUP.creators]);
  const now = nowUtcMillis();
  const index = liveIndexKeys(now, ctx.args.id);
  ctx.stash.now = now;
  ctx.stash.streamId = ctx.args.id;
  ctx.stash.update = {
    operation: 'UpdateItem',
    key: toKey(streamKey(ctx.args.id)),
    update: {
      expression: 'SET #status = :live, startedAt = :now, updatedAt = :now, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
      expressionNames: { '#status': 'status' },
      expressionValues: util.dynamodb.toMapValues({ ':live': STATUS.live, ':now': now, ':gsi1pk': index.gsi1pk, ':gsi1sk': index.gsi1sk }),
    },
    condition: {
      expression: 'creatorId = :caller AND #status = :scheduled',
      expressionNames: { '#status': 'status' },
      expressionValues: util.dynamodb.toMapValues({ ':caller': user.sub, ':scheduled': STATUS.scheduled }),
    },
  };
  return {};
}

/** A refused start, told from the stream read after it: absent, someone else's, or no longer SCHEDULED. */
export function response(ctx: Context<Args>) {
  if (ctx.stash.refused) {
    const current = ctx.prev.result as Stream | null;
    if (!current) notFound('live stream', ctx.args.id);
    if (current.creatorId !== signedInUser(ctx).sub) util.error('Only the creator of this stream can start it.', ERROR.forbidden);
    util.error(`Stream ${current.id} is ${current.status}; only a SCHEDULED stream can start.`, ERROR.conflict, null, {
      status: current.status,
    });
  }
  return liveEvent(ctx.args.id, EVENT.started, { stream: ctx.prev.result }, ctx.stash.now);
}
