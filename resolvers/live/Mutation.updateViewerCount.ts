import { util, type Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import { toKey } from '../shared/dynamodb.ts';
import { notFound } from '../shared/errors.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { EVENT, liveEvent } from './events.ts';
import { streamKey } from './keys.ts';
import { STATUS, refusedWhileNotLive, viewerCount, type Stream } from './rules.ts';
import { nowUtcMillis } from '../shared/time.ts';
import type { MutationUpdateViewerCountArgs } from './types.generated.ts';

type Args = MutationUpdateViewerCountArgs;

/**
 * Pipeline: updateStream → getRefusedStream. The aggregator's latest count, kept on the stream
 * while it is LIVE (a count for a stream that is not is refused).
 */
export function request(ctx: Context<Args>) {
  requireIam();
  const problems: Problem[] = [];
  const count = viewerCount(problems, ctx.args.viewerCount);
  refuseInvalid(problems);
  const now = nowUtcMillis();
  ctx.stash.now = now;
  ctx.stash.streamId = ctx.args.streamId;
  ctx.stash.update = {
    operation: 'UpdateItem',
    key: toKey(streamKey(ctx.args.streamId)),
    update: {
      expression: 'SET viewerCount = :count, viewerCountAt = :now',
      expressionValues: util.dynamodb.toMapValues({ ':count': count, ':now': now }),
    },
    condition: {
      expression: '#status = :live',
      expressionNames: { '#status': 'status' },
      expressionValues: util.dynamodb.toMapValues({ ':live': STATUS.live }),
    },
  };
  return {};
}

export function response(ctx: Context<Args>) {
  if (ctx.stash.refused) {
    const current = ctx.prev.result as Stream | null;
    if (!current) notFound('live stream', ctx.args.streamId);
    refusedWhileNotLive(current);
  }
  return liveEvent(ctx.args.streamId, EVENT.viewerCount, { viewerCount: ctx.prev.result.viewerCount }, ctx.stash.now);
}
