import { util, type Context } from '@aws-appsync/utils';
import { failedConditions, toKey, type PlainExpression } from '../../shared/dynamodb.ts';
import { invalidTransition, raiseUnexpected } from '../../shared/errors.ts';
import { orderTransitionWrites, type TransitionWrite } from '../transitions.ts';
import { DAY_MILLISECONDS, orderTransitionAllowed } from '../rules.ts';
import { tables } from '../../shared/tables.ts';

type Order = { id: string; status: string; brandIds: string[]; returnWindowDays: number; returnWindowEndsAt?: number; history: unknown[] };

/**
 * Moves the order in `ctx.prev.result` to `ctx.stash.to`, with its brand parts, in one
 * transaction conditioned on the state it was read in (one the move may start from): of two concurrent moves,
 * exactly one wins. A return must come before the return window ends.
 */
export function request(ctx: Context) {
  const order = ctx.prev.result as Order;
  const to = ctx.stash.to as string;
  const from = order.status;
  if (!orderTransitionAllowed(from, to)) invalidTransition(`An order cannot move from ${order.status} to ${to}.`, order.status, to);
  const nowMs = util.time.nowEpochMilliSeconds();
  if (to === 'RETURNED' && nowMs >= (order.returnWindowEndsAt as number)) returnWindowClosed(order);

  const now = util.time.epochMilliSecondsToISO8601(nowMs);
  const set: Record<string, unknown> = {};
  if (to === 'FULFILLED') set.returnWindowEndsAt = nowMs + order.returnWindowDays * DAY_MILLISECONDS;
  const reason = ctx.stash.reason as string | null;
  const withinWindow = { expression: 'returnWindowEndsAt > :nowMs', expressionValues: { ':nowMs': nowMs } };
  const writes = orderTransitionWrites(order, to, now, { reason, set, condition: to === 'RETURNED' ? withinWindow : undefined });
  ctx.stash.updated = { ...order, ...writes.changes, history: [...order.history, writes.event] };
  const table = tables.Commerce;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      { ...transactItem(table, writes.order), condition: marshalled(writes.order.condition) },
      ...writes.parts.map((part) => ({
        ...transactItem(table, part),
        condition: { expression: part.condition.expression, returnValuesOnConditionCheckFailure: false },
      })),
    ],
  };
}

export function response(ctx: Context) {
  if (failedConditions(ctx.error, ctx.result)[0]) {
    const current = ctx.result.cancellationReasons[0].item as Order | undefined;
    const to = ctx.stash.to as string;
    if (current && to === 'RETURNED' && current.status === 'FULFILLED') returnWindowClosed(current);
    const status = current ? current.status : null;
    invalidTransition(`An order cannot move from ${status} to ${to}.`, status, to);
  }
  raiseUnexpected(ctx.error);
  return ctx.stash.updated;
}

function returnWindowClosed(order: Order): never {
  return invalidTransition('The return window of this order has ended.', order.status, 'RETURNED', {
    returnWindowEndedAt: util.time.epochMilliSecondsToISO8601(order.returnWindowEndsAt as number),
  });
}

const marshalled = (e: PlainExpression) => ({
  expression: e.expression,
  expressionNames: e.expressionNames,
  expressionValues: util.dynamodb.toMapValues(e.expressionValues ?? {}),
});

const transactItem = (table: string, write: TransitionWrite) => ({
  table,
  operation: 'UpdateItem',
  key: toKey(write.key),
  update: marshalled(write.update),
});
