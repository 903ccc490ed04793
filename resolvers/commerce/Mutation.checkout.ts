import { util, type Context } from '@aws-appsync/utils';
import { isAdmin, signedInUser } from '../shared/auth.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { orderView, viewerOf, type StoredOrder } from './views.ts';
import type { MutationCheckoutArgs } from './types.generated.ts';

/**
 * Hands the cart to the checkout Lambda function (lambdas/checkout.ts), which prices it, writes
 * the order PENDING and starts the saga. The function returns refusals as values, raised here
 * with their errorType; a thrown error would reach the client only as `Lambda:Unhandled`.
 */
export function request(ctx: Context<MutationCheckoutArgs>) {
  const user = signedInUser(ctx);
  return { operation: 'Invoke', payload: { field: 'checkout', caller: { sub: user.sub, admin: isAdmin(user) }, input: ctx.args.input } };
}

export function response(ctx: Context<MutationCheckoutArgs>) {
  raiseUnexpected(ctx.error);
  const { order, error } = ctx.result;
  if (error) util.error(error.message, error.type, null, error.info);
  return orderView(order as StoredOrder, viewerOf(ctx));
}
