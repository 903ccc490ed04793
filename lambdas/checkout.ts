import type { CheckoutInput } from '../resolvers/commerce/types.generated.ts';
import { BusinessError } from './shared/business-error.ts';
import { metrics, MetricUnit, observed } from './shared/observability.ts';
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
 * for the resolver to raise with their errorType; anything else is thrown, redacted (observed).
 */
export const handler = observed(async (event: CheckoutEvent): Promise<CheckoutResult> => {
  try {
    const order =
      event.field === 'checkout'
        ? await placeOrder(event.caller.sub, checkoutRequest(event.input))
        : await cancelOrder(event.caller, event.id, event.reason);
    metrics.addMetric(event.field === 'checkout' ? 'CheckoutsAnswered' : 'CancellationsAnswered', MetricUnit.Count, 1);
    return { order };
  } catch (e) {
    if (!(e instanceof BusinessError)) throw e;
    metrics.addMetric(event.field === 'checkout' ? 'CheckoutsRefused' : 'CancellationsRefused', MetricUnit.Count, 1);
    return { error: e.toJSON() };
  }
});
