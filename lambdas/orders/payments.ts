import { paymentProviderFromEnvironment } from '../payments/http-provider.ts';
import { mark, nowIso, type Order } from './store.ts';

/**
 * The order's payment steps, each idempotent twice over: the order's marks skip a step already
 * done, and the provider's idempotency key (the step and the order id) answers a repeated call
 * with the first answer, so a retry never authorizes or captures twice.
 */
export async function authorize(order: Order, paymentMethod: string): Promise<void> {
  if (order.authorizationId) return;
  const authorizationId = await paymentProviderFromEnvironment().authorize({
    paymentMethod,
    amount: order.total.amount,
    currency: order.total.currency,
    idempotencyKey: `authorize-${order.id}`,
  });
  await mark(order.id, { authorizationId });
}

export async function capture(order: Order): Promise<void> {
  if (order.capturedAt || !order.authorizationId) return;
  await paymentProviderFromEnvironment().capture(order.authorizationId, `capture-${order.id}`);
  await mark(order.id, { capturedAt: nowIso() });
}

/** Gives the money back however far the payment got: refund a capture, void a hold, nothing otherwise. */
export async function giveBack(order: Order): Promise<void> {
  if (!order.authorizationId) return;
  const provider = paymentProviderFromEnvironment();
  if (order.capturedAt) {
    if (order.refundedAt) return;
    await provider.refund(order.authorizationId, `refund-${order.id}`);
    await mark(order.id, { refundedAt: nowIso() });
  } else {
    if (order.voidedAt) return;
    await provider.void(order.authorizationId, `void-${order.id}`);
    await mark(order.id, { voidedAt: nowIso() });
  }
}
