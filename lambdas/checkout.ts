import type { CheckoutInput } from '../resolvers/commerce/types.generated.ts';
import { BusinessError } from './shared/business-error.ts';
import { redactedError } from './shared/redaction.ts';
import { checkoutRequest } from './checkout/cart.ts';
import { placeOrder } from './checkout/place-order.ts';
import { cancelOrder } from './checkout/cancel.ts';

/** What the checkout and cancelOrder resolvers send (resolvers/commerce/Mutation.*.ts). */
export type CheckoutEvent =
  | { field: 'checkout'; caller: { sub: string; admin: boolean }; input: CheckoutInput }
  | { field: 'cancelOrder'; caller: { sub: string; admin: boolean }; id: string; reason?: string | null };

export type CheckoutResult = { order: unknown; error?: undefined } | { order?: undefined; error: ReturnType<BusinessError['toJSON']> };

/**
 * The checkout's entry, behind AppSync's Lambda data source. Refusals are returned as values
 * for the resolver to raise with their errorType; anything else is thrown, redacted.
 */
export const handler = async (event: CheckoutEvent): Promise<CheckoutResult> => {
  try {
    if (event.field === 'checkout') return { order: await placeOrder(event.caller.sub, checkoutRequest(event.input)) };
    return { order: await cancelOrder(event.caller, event.id, event.reason) };
  } catch (e) {
    if (e instanceof BusinessError) return { error: e.toJSON() };
    throw redactedError(e);
  }
};
