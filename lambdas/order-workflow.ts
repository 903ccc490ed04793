import { OrderSettled } from './orders/errors.ts';
import { authorize, capture, giveBack } from './orders/payments.ts';
import { publish } from './orders/publish.ts';
import { requireOrder } from './orders/store.ts';
import { cancelConfirmed, confirm, reserveStock, settlePending } from './orders/transitions.ts';
import { metrics, MetricUnit, observed } from './shared/observability.ts';

/** What each Task state of the checkout saga (workflows/checkout.asl.json) sends. */
export type StepEvent =
  | { step: 'reserveStock' | 'confirm' | 'capture' | 'publish'; orderId: string }
  | { step: 'authorize'; orderId: string; paymentMethod: string }
  | { step: 'fail'; orderId: string; reason: string }
  | { step: 'cancelConfirmed'; orderId: string; reason: string };

/**
 * The checkout saga's steps, one function for the whole workflow (its IAM principal,
 * `orderWorkflow`, is granted exactly what the saga does). Each step reads the order afresh and is
 * idempotent by order id, so Step Functions may retry any of them. Errors keep their names for the
 * saga's Retry and Catch, with anything resembling payment data redacted.
 */
export const handler = observed(async (event: StepEvent): Promise<{ orderId: string; status: string }> => {
  const order = await requireOrder(event.orderId);
  switch (event.step) {
    case 'reserveStock':
      await reserveStock(order);
      break;
    case 'authorize':
      if (order.status !== 'PENDING') throw new OrderSettled(`The order is ${order.status}.`);
      await authorize(order, event.paymentMethod);
      break;
    case 'confirm':
      await confirm(order);
      break;
    case 'capture':
      await capture(order);
      break;
    case 'publish':
      await publish(order);
      break;
    case 'fail':
      await settlePending(order, event.reason);
      await giveBack(await requireOrder(order.id));
      break;
    case 'cancelConfirmed':
      await cancelConfirmed(order, event.reason);
      await giveBack(await requireOrder(order.id));
      break;
  }
  const after = await requireOrder(event.orderId);
  metrics.addDimension('step', event.step);
  metrics.addMetric('StepsCompleted', MetricUnit.Count, 1);
  return { orderId: after.id, status: after.status };
});
