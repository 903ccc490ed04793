import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { refuseInvalid, text, type Problem } from '../shared/validation.ts';
import { scheduledAt } from './rules.ts';
import type { MutationScheduleLiveStreamArgs } from './types.generated.ts';

type Args = MutationScheduleLiveStreamArgs;

/** Pipeline: getCallerProfile → insertStream. The input is checked here, before any read. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  ctx.stash.stream = {
    title: text(problems, 'title', input.title, { max: 100, required: true }),
    description: text(problems, 'description', input.description, { max: 1000 }),
    scheduledAt: scheduledAt(problems, input.scheduledAt),
  };
  refuseInvalid(problems);
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
