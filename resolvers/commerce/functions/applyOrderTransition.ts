import { util, type Context } from '@aws-appsync/utils';
import { failedConditions, toKey, withoutEmpty } from '../../shared/dynamodb.ts';
import { invalidTransition, raiseUnexpected } from '../../shared/errors.ts';
import { brandPartKey, orderKey } from '../keys.ts';
import { DAY_MILLISECONDS, orderTransitionAllowed, reachedAt } from '../rules.ts';

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
  const event = withoutEmpty({ status: to, at: now, reason: ctx.stash.reason });
  const changes: Record<string, unknown> = { status: to, updatedAt: now, [reachedAt(to)]: now };
  if (to === 'FULFILLED') changes.returnWindowEndsAt = nowMs + order.returnWindowDays * DAY_MILLISECONDS;
  ctx.stash.updated = { ...order, ...changes, history: [...order.history, event] };

  const names: Record<string, string> = { '#history': 'history' };
  const values: Record<string, unknown> = { ':event': [event] };
  const sets = Object.keys(changes).map((name) => {
    names[`#${name}`] = name;
    values[`:${name}`] = changes[name];
    return `#${name} = :${name}`;
  });
  const table = ctx.env.COMMERCE_TABLE;
  const parts = order.brandIds.map((brandId) => ({
    table,
    operation: 'UpdateItem',
    key: toKey(brandPartKey(order.id, brandId)),
    update: {
      expression: 'SET #status = :to, updatedAt = :now',
      expressionNames: { '#status': 'status' },
      expressionValues: util.dynamodb.toMapValues({ ':to': to, ':now': now }),
    },
    condition: { expression: 'attribute_exists(pk)', returnValuesOnConditionCheckFailure: false },
  }));
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      {
        table,
        operation: 'UpdateItem',
        key: toKey(orderKey(order.id)),
        update: {
          expression: `SET ${sets.join(', ')}, #history = list_append(#history, :event)`,
          expressionNames: names,
          expressionValues: util.dynamodb.toMapValues(values),
        },
        condition: stateCondition(from, to === 'RETURNED' ? nowMs : null),
      },
      ...parts,
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

/** The order is in `from` (and, for a return, still within its window at `nowMs`); the item comes back on failure. */
function stateCondition(from: string, nowMs: number | null) {
  const values: Record<string, unknown> = { ':from': from };
  if (nowMs !== null) values[':nowMs'] = nowMs;
  return {
    expression: nowMs === null ? '#status = :from' : '#status = :from AND returnWindowEndsAt > :nowMs',
    expressionNames: { '#status': 'status' },
    expressionValues: util.dynamodb.toMapValues(values),
  };
}
