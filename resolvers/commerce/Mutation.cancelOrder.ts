import { util, type Context } from '@aws-appsync/utils';
import { isAdmin, signedInUser } from '../shared/auth.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { orderView, viewerOf, type StoredOrder } from './views.ts';
import type { MutationCancelOrderArgs } from './types.generated.ts';

/**
 * Hands the cancellation to the checkout Lambda function (lambdas/checkout/cancel.ts): a refund
 * or void needs the payment provider. Refusals come back as values, raised with their errorType.
 */
export function request(ctx: Context<MutationCancelOrderArgs>) {
  const user = signedInUser(ctx);
  return {
    operation: 'Invoke',
    payload: { field: 'cancelOrder', caller: { sub: user.sub, admin: isAdmin(user) }, id: ctx.args.id, reason: ctx.args.reason },
  };
}

export function response(ctx: Context<MutationCancelOrderArgs>) {
  raiseUnexpected(ctx.error);
  const { order, error } = ctx.result;
  if (error) util.error(error.message, error.type, null, error.info);
  return orderView(order as StoredOrder, viewerOf(ctx));
}
