import { extensions, util, type Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../shared/errors.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { EVENT_KINDS } from './events.ts';
import { streamKey } from './keys.ts';
import { STATUS, streamNotLive, type Stream } from './rules.ts';
import type { SubscriptionOnLiveStreamEventArgs } from './types.generated.ts';

type Args = SubscriptionOnLiveStreamEventArgs;

/** AppSync's enhanced filters take at most five values for `in` and `notIn`. */
const MAX_LISTED = 5;

/** Runs when a viewer subscribes: the stream must exist and not have ended. */
export function request(ctx: Context<Args>) {
  const problems: Problem[] = [];
  if (ctx.args.kinds && ctx.args.kinds.length === 0)
    problems.push({ field: 'kinds', message: 'must name at least one kind, or be left out' });
  refuseInvalid(problems);
  return getItem(streamKey(ctx.args.streamId));
}

/**
 * Enhanced filters: events of this stream (of the kinds asked for, as `in` or, past AppSync's
 * five values, as `notIn` the others); endLiveStream invalidates the subscription by stream.
 */
export function response(ctx: Context<Args>) {
  raiseUnexpected(ctx.error);
  const stream = ctx.result as Stream | null;
  if (!stream) notFound('live stream', ctx.args.streamId);
  if (stream.status === STATUS.ended) streamNotLive(stream);
  const { streamId, kinds } = ctx.args;
  const filter: Record<string, unknown> = { streamId: { eq: streamId } };
  if (kinds) {
    const asked: string[] = kinds;
    const wanted = EVENT_KINDS.filter((kind) => asked.indexOf(kind) >= 0);
    const others = EVENT_KINDS.filter((kind) => asked.indexOf(kind) < 0);
    if (others.length > 0) filter.kind = wanted.length <= MAX_LISTED ? { in: wanted } : { notIn: others };
  }
  extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(filter));
  extensions.setSubscriptionInvalidationFilter(util.transform.toSubscriptionFilter({ streamId: { eq: streamId } }));
  return null;
}
