import { util, type Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import { conditionFailed, toKey } from '../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../shared/errors.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { EVENT, liveEvent } from './events.ts';
import { streamKey } from './keys.ts';
import { STATUS, streamNotLive, viewerCount, type Stream } from './rules.ts';
import { nowUtcMillis } from '../shared/time.ts';
import type { MutationUpdateViewerCountArgs } from './types.generated.ts';

type Args = MutationUpdateViewerCountArgs;

/** The aggregator's latest count, kept on the stream while it is LIVE (a count for an ended stream is refused). */
export function request(ctx: Context<Args>) {
  requireIam();
  const problems: Problem[] = [];
  const count = viewerCount(problems, ctx.args.viewerCount);
  refuseInvalid(problems);
  const now = nowUtcMillis();
  ctx.stash.now = now;
  return {
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
}

export function response(ctx: Context<Args>) {
  if (conditionFailed(ctx.error)) {
    const current = ctx.result as Stream | null;
    if (!current) notFound('live stream', ctx.args.streamId);
    streamNotLive(current);
  }
  raiseUnexpected(ctx.error);
  return liveEvent(ctx.args.streamId, EVENT.viewerCount, { viewerCount: ctx.result.viewerCount }, ctx.stash.now);
}
