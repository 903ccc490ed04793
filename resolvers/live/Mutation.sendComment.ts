import type { Context } from '@aws-appsync/utils';
import { signedInUser } from '../shared/auth.ts';
import { refuseInvalid, type Problem } from '../shared/validation.ts';
import { commentText } from './rules.ts';
import type { MutationSendCommentArgs } from './types.generated.ts';

type Args = MutationSendCommentArgs;

/** Pipeline: getCallerProfile (the author's display name) → insertComment. The text is checked first. */
export function request(ctx: Context<Args>) {
  signedInUser(ctx);
  const problems: Problem[] = [];
  ctx.stash.text = commentText(problems, ctx.args.text);
  refuseInvalid(problems);
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
