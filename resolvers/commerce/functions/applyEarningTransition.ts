import { util, type Context } from '@aws-appsync/utils';
import { failedConditions, toKey, withoutEmpty } from '../../shared/dynamodb.ts';
import { invalidTransition, raiseUnexpected } from '../../shared/errors.ts';
import type { Money } from '../../shared/money.ts';
import { entryKey, orderKey } from '../keys.ts';
import { ledgerTotals } from '../ledger.ts';
import { earningTransitionAllowed } from '../rules.ts';
import { tables } from '../../shared/tables.ts';

type Entry = { orderId: string; creatorId: string; day: string; amount: Money; status: string; history: unknown[] };
type Order = { id: string; status: string; returnWindowEndsAt?: number };

/**
 * What the order must be for its commission to move: AVAILABLE once it is FULFILLED and its
 * return window is over, REVERSED once it is CANCELLED or RETURNED. PAID needs nothing of it.
 */
function orderRequirement(to: string, nowMs: number) {
  if (to === 'AVAILABLE') {
    return {
      holds: (order: Order) => order.status === 'FULFILLED' && (order.returnWindowEndsAt as number) <= nowMs,
      expression: '#status = :fulfilled AND returnWindowEndsAt <= :nowMs',
      values: { ':fulfilled': 'FULFILLED', ':nowMs': nowMs },
    };
  }
  if (to === 'REVERSED') {
    return {
      holds: (order: Order) => order.status === 'CANCELLED' || order.status === 'RETURNED',
      expression: '#status IN (:cancelled, :returned)',
      values: { ':cancelled': 'CANCELLED', ':returned': 'RETURNED' },
    };
  }
  return null;
}

/**
 * Moves the entry in `ctx.prev.result` to `ctx.stash.to` in one transaction: the entry, on the
 * condition that it is still in the state read; its daily total and balance, by ADD; and a check
 * that the order (`ctx.stash.order`) still allows it. Concurrent changes apply once each, exactly.
 */
export function request(ctx: Context) {
  const entry = ctx.prev.result as Entry;
  const order = ctx.stash.order as Order;
  const to = ctx.stash.to as string;
  if (!earningTransitionAllowed(entry.status, to))
    invalidTransition(`A commission cannot move from ${entry.status} to ${to}.`, entry.status, to);
  const nowMs = util.time.nowEpochMilliSeconds();
  const requirement = orderRequirement(to, nowMs);
  if (requirement && !requirement.holds(order)) orderDisallows(entry.status, to, order);

  ctx.stash.from = entry.status;
  const now = util.time.epochMilliSecondsToISO8601(nowMs);
  const event = withoutEmpty({ status: to, at: now, reason: ctx.stash.reason });
  ctx.stash.updated = { ...entry, status: to, updatedAt: now, history: [...entry.history, event] };
  const table = tables.Commerce;
  const { creatorId, day, orderId, amount } = entry;
  const orderCheck = requirement
    ? [
        {
          table,
          operation: 'ConditionCheck',
          key: toKey(orderKey(orderId)),
          condition: {
            expression: requirement.expression,
            expressionNames: { '#status': 'status' },
            expressionValues: util.dynamodb.toMapValues(requirement.values),
          },
        },
      ]
    : [];
  const transactItems = [
    {
      table,
      operation: 'UpdateItem',
      key: toKey(entryKey(creatorId, day, orderId)),
      update: {
        expression: 'SET #status = :to, updatedAt = :now, #history = list_append(#history, :event)',
        expressionNames: { '#status': 'status', '#history': 'history' },
        expressionValues: util.dynamodb.toMapValues({ ':to': to, ':now': now, ':event': [event] }),
      },
      condition: {
        expression: '#status = :from',
        expressionNames: { '#status': 'status' },
        expressionValues: util.dynamodb.toMapValues({ ':from': entry.status }),
      },
    },
    ...ledgerTotals(table, { orderId, creatorId, day, currency: amount.currency, amount: amount.amount }, entry.status, to, now),
    ...orderCheck,
  ];
  return { operation: 'TransactWriteItems', transactItems };
}

export function response(ctx: Context) {
  const failed = failedConditions(ctx.error, ctx.result);
  const to = ctx.stash.to as string;
  if (failed[0]) {
    const current = ctx.result.cancellationReasons[0].item as Entry | undefined;
    const status = current ? current.status : null;
    invalidTransition(`A commission cannot move from ${status} to ${to}.`, status, to);
  }
  if (failed[3]) {
    const order = ctx.result.cancellationReasons[3].item as Order | undefined;
    orderDisallows(ctx.stash.from, to, order ?? (ctx.stash.order as Order));
  }
  raiseUnexpected(ctx.error);
  return ctx.stash.updated;
}

function orderDisallows(from: string, to: string, order: Order): never {
  const why =
    to === 'AVAILABLE' ? 'until its order is fulfilled and the return window is over' : 'unless its order is cancelled or returned';
  return invalidTransition(`A commission cannot become ${to} ${why}.`, from, to, { orderStatus: order.status });
}
