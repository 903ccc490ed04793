import type { ItemKey, PlainExpression } from '../shared/dynamodb.ts';
import { brandPartKey, orderKey } from './keys.ts';
import { reachedAt } from './rules.ts';

export interface TransitionWrite {
  key: ItemKey;
  update: PlainExpression;
  condition: PlainExpression;
}

/**
 * The writes that move an order to `to`, for one transaction: the order item, conditioned on the
 * state it was read in (plus `condition`), with the new state's time, the event in its history and
 * `set`'s attributes, taken off the sweeper's index of PENDING checkouts; and each brand part. With
 * them, the attributes `changes` and the history `event` written, for the order as it is after. Both
 * writers use it: transitionOrder (resolvers/commerce/functions/applyOrderTransition.ts) and the
 * checkout saga (lambdas/orders/transitions.ts), so an order moves the same way whoever moves it.
 */
export function orderTransitionWrites(
  order: { id: string; status: string; brandIds: string[] },
  to: string,
  now: string,
  options: { reason?: string | null; set?: Record<string, unknown>; condition?: PlainExpression } = {},
): { order: TransitionWrite; parts: TransitionWrite[]; changes: Record<string, unknown>; event: Record<string, unknown> } {
  const event: Record<string, unknown> = { status: to, at: now };
  if (options.reason) event.reason = options.reason;
  const changes: Record<string, unknown> = { status: to, updatedAt: now, [reachedAt(to)]: now, ...options.set };
  const names: Record<string, string> = { '#history': 'history' };
  const values: Record<string, unknown> = { ':event': [event] };
  const sets = Object.keys(changes).map((name) => {
    names[`#${name}`] = name;
    values[`:${name}`] = changes[name];
    return `#${name} = :${name}`;
  });
  const extra = options.condition;
  return {
    changes,
    event,
    order: {
      key: orderKey(order.id),
      update: {
        expression: `SET ${sets.join(', ')}, #history = list_append(#history, :event) REMOVE gsi4pk, gsi4sk`,
        expressionNames: names,
        expressionValues: values,
      },
      condition: {
        expression: extra ? `#status = :from AND ${extra.expression}` : '#status = :from',
        expressionNames: { '#status': 'status', ...(extra ? extra.expressionNames : {}) },
        expressionValues: { ':from': order.status, ...(extra ? extra.expressionValues : {}) },
      },
    },
    parts: order.brandIds.map((brandId) => ({
      key: brandPartKey(order.id, brandId),
      update: {
        expression: 'SET #status = :to, updatedAt = :now',
        expressionNames: { '#status': 'status' },
        expressionValues: { ':to': to, ':now': now },
      },
      condition: { expression: 'attribute_exists(pk)' },
    })),
  };
}
