import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import type { MutationDeleteCommentArgs } from './types.generated.ts';

type Args = MutationDeleteCommentArgs;

/** Pipeline: authorizeStream (its creator or an admin, in any status) → removeComment. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators, GROUP.admins]);
  ctx.stash.streamId = ctx.args.streamId;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
