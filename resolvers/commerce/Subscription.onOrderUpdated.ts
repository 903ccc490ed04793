import { extensions, util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../shared/auth.ts';
import { getItem } from '../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../shared/errors.ts';
import { orderKey } from './keys.ts';
import type { SubscriptionOnOrderUpdatedArgs } from './types.generated.ts';

type Args = SubscriptionOnOrderUpdatedArgs;

/** Runs when a client subscribes: only the order's buyer may follow it. */
export function request(ctx: Context<Args>) {
  signedInUser(ctx);
  return getItem(orderKey(ctx.args.id));
}

export function response(ctx: Context<Args>) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('order', ctx.args.id);
  if (ctx.result.buyerId !== signedInUser(ctx).sub) util.unauthorized();
  extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ id: { eq: ctx.args.id } }));
  return null;
}
