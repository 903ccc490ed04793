import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';

// codegen: replace with the generated MutationDeleteCommentArgs
type Args = { streamId: string; commentId: string };

/** Pipeline: authorizeStream (its creator or an admin, in any status) → removeComment. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators, GROUP.admins]);
  ctx.stash.streamId = ctx.args.streamId;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
