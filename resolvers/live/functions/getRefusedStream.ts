import { runtime, type Context } from '@aws-appsync/utils';
import { getItem } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { streamKey } from '../keys.ts';

/**
 * After updateStream, only when its condition failed: the stream `ctx.stash.streamId` as it is
 * now (null if absent), for the resolver to tell the caller why. AppSync leaves the current item
 * out of a failed single-item write (aws/aws-appsync-community#343). A one-item transaction would
 * return it with the cancellation reason, but never the stream as updated, which a successful
 * update must return in its one request; and it would cancel sendComment's transactions that
 * check the same stream. So a refusal costs this second request instead.
 */
export function request(ctx: Context) {
  if (!ctx.stash.refused) return runtime.earlyReturn(ctx.prev.result);
  return getItem(streamKey(ctx.stash.streamId), true);
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
