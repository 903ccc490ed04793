import type { Context } from '@aws-appsync/utils';
import { conditionFailed } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';

/**
 * The stream's conditional UpdateItem that the resolver put in `ctx.stash.update`: one request,
 * whose result is the stream as updated. A failed condition sets `ctx.stash.refused` and gives
 * null: AppSync does not return the current item with it, so getRefusedStream reads it next.
 */
export function request(ctx: Context) {
  return ctx.stash.update;
}

export function response(ctx: Context) {
  if (conditionFailed(ctx.error)) {
    ctx.stash.refused = true;
    return null;
  }
  raiseUnexpected(ctx.error);
  return ctx.result;
}
