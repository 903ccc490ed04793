import { util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../../shared/auth.ts';
import { TRANSACTION_CANCELED, failedConditions, toKey, transactPutNew } from '../../shared/dynamodb.ts';
import { ERROR, conflict, notFound, raiseUnexpected } from '../../shared/errors.ts';
import { EVENT, liveEvent } from '../events.ts';
import { banKey, commentKey, rateKey, streamKey } from '../keys.ts';
import { COMMENTS_PER_WINDOW, RATE_WINDOW_SECONDS, STATUS, UNNAMED_AUTHOR, rateWindow, streamNotLive, type Stream } from '../rules.ts';
import { nowUtcMillis } from '../../shared/time.ts';
import { tables } from '../../shared/tables.ts';

type Profile = { displayName?: string };
type Reason = { type?: string; item?: Stream };

/**
 * One transaction, all or nothing: the stream is LIVE, the author is not banned, their counter
 * for this rate window is below the limit (created at 1, else incremented; never counted in
 * memory), and the comment is written. DynamoDB never lets two transactions pass on one stale
 * counter (it applies them one after another, or cancels the overlapping one: CONFLICT, retry), so
 * at most COMMENTS_PER_WINDOW pass in a window. Expects the caller's profile in `ctx.prev.result`
 * and the valid text in `ctx.stash.text`.
 */
export function request(ctx: Context<{ streamId: string }>) {
  const user = signedInUser(ctx);
  const profile = ctx.prev.result as Profile | null;
  const { streamId } = ctx.args;
  const nowSeconds = util.time.nowEpochSeconds();
  const { window, endsAt, expiresAt } = rateWindow(nowSeconds);
  ctx.stash.retryAfterSeconds = endsAt - nowSeconds;
  const id = util.autoUlid();
  const comment = {
    id,
    streamId,
    authorId: user.sub,
    authorName: profile && profile.displayName ? profile.displayName : UNNAMED_AUTHOR,
    text: ctx.stash.text,
    createdAt: nowUtcMillis(),
  };
  ctx.stash.comment = comment;
  const table = tables.Live;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      {
        table,
        operation: 'ConditionCheck',
        key: toKey(streamKey(streamId)),
        condition: {
          expression: '#status = :live',
          expressionNames: { '#status': 'status' },
          expressionValues: util.dynamodb.toMapValues({ ':live': STATUS.live }),
        },
      },
      {
        table,
        operation: 'ConditionCheck',
        key: toKey(banKey(streamId, user.sub)),
        condition: { expression: 'attribute_not_exists(pk)', returnValuesOnConditionCheckFailure: false },
      },
      {
        table,
        operation: 'UpdateItem',
        key: toKey(rateKey(streamId, user.sub, window)),
        update: {
          expression: 'SET #count = if_not_exists(#count, :zero) + :one, expiresAt = :expiresAt',
          expressionNames: { '#count': 'count' },
          expressionValues: util.dynamodb.toMapValues({ ':zero': 0, ':one': 1, ':expiresAt': expiresAt }),
        },
        condition: {
          expression: 'attribute_not_exists(#count) OR #count < :limit',
          expressionNames: { '#count': 'count' },
          expressionValues: util.dynamodb.toMapValues({ ':limit': COMMENTS_PER_WINDOW }),
          returnValuesOnConditionCheckFailure: false,
        },
      },
      transactPutNew(table, commentKey(streamId, id), comment),
    ],
  };
}

export function response(ctx: Context<{ streamId: string }>) {
  const failed = failedConditions(ctx.error, ctx.result);
  if (failed[0]) {
    const stream = ((ctx.result.cancellationReasons as Reason[])[0] ?? {}).item;
    if (!stream) notFound('live stream', ctx.args.streamId);
    streamNotLive(stream);
  }
  if (failed[1]) util.error('You are banned from commenting on this stream.', ERROR.banned);
  if (failed[2]) {
    const retryAfterSeconds = ctx.stash.retryAfterSeconds;
    util.error(
      `At most ${COMMENTS_PER_WINDOW} comments every ${RATE_WINDOW_SECONDS} seconds; try again in ${retryAfterSeconds} s.`,
      ERROR.rateLimited,
      null,
      {
        retryAfterSeconds,
      },
    );
  }
  if (ctx.error && ctx.error.type === TRANSACTION_CANCELED) conflict('Too many changes to this stream at the same moment; retry.');
  raiseUnexpected(ctx.error);
  const comment = ctx.stash.comment;
  return liveEvent(comment.streamId, EVENT.commentPosted, { comment, commentId: comment.id }, comment.createdAt);
}
