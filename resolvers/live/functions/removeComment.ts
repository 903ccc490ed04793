import { util, type Context } from '@aws-appsync/utils';
import { toKey } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { EVENT, liveEvent } from '../events.ts';
import { commentKey } from '../keys.ts';

type Args = { streamId: string; commentId: string };

/**
 * Deletes the comment for good, so history pages have no holes. AppSync reports deleting a
 * missing item as done with a null result: that is NOT_FOUND (also for the second of two
 * moderators deleting at once).
 */
export function request(ctx: Context<Args>) {
  return {
    operation: 'DeleteItem',
    key: toKey(commentKey(ctx.args.streamId, ctx.args.commentId)),
    condition: { expression: 'attribute_exists(pk)' },
  };
}

export function response(ctx: Context<Args>) {
  raiseUnexpected(ctx.error);
  const { streamId, commentId } = ctx.args;
  if (!ctx.result) util.error(`No comment ${commentId} in stream ${streamId}.`, ERROR.notFound, null, { streamId, commentId });
  return liveEvent(streamId, EVENT.commentDeleted, { commentId });
}
