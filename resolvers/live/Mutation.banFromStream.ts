import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { refuseInvalid, text, type Problem } from '../shared/validation.ts';
import type { MutationBanFromStreamArgs } from './types.generated.ts';

type Args = MutationBanFromStreamArgs;

/** Pipeline: authorizeStream (its creator or an admin, in any status) → insertBan. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators, GROUP.admins]);
  const problems: Problem[] = [];
  ctx.stash.userId = text(problems, 'userId', ctx.args.userId, { max: 128, required: true });
  refuseInvalid(problems);
  ctx.stash.streamId = ctx.args.streamId;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
