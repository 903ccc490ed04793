import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import type { MutationPinProductArgs } from './types.generated.ts';

type Args = MutationPinProductArgs;

/**
 * Pipeline: authorizeStream (the creator's, LIVE) → getPinCommission (the product and the
 * creator's recommendation of it) → insertPin (the pin, while the stream is still LIVE).
 */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators]);
  ctx.stash.streamId = ctx.args.streamId;
  ctx.stash.creatorOnly = true;
  ctx.stash.whileLive = true;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
