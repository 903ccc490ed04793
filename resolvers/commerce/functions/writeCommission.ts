import { util, type Context } from '@aws-appsync/utils';
import { failedConditions, toKey, transactPutNew } from '../../shared/dynamodb.ts';
import { ERROR, invalidTransition, raiseUnexpected } from '../../shared/errors.ts';
import type { Money } from '../../shared/money.ts';
import { entryKey, orderKey } from '../keys.ts';
import { ledgerTotals, pendingEntry } from '../ledger.ts';
import { EARNING_ORDER_STATES } from '../rules.ts';
import { tables } from '../../shared/tables.ts';

type Order = { id: string; status: string; shopId: string; creatorId: string; commission: Money; confirmedAt?: string };

/**
 * Writes the commission on the order in `ctx.prev.result` as a PENDING ledger entry, counted in
 * the day the order was confirmed, with the daily total and the balance, in one transaction
 * that also checks the order still earns: once per order, whoever retries.
 */
export function request(ctx: Context) {
  const order = ctx.prev.result as Order;
  if (EARNING_ORDER_STATES.indexOf(order.status) < 0) notEarning(order.status);
  const now = util.time.nowISO8601();
  const entry = pendingEntry({ ...order, confirmedAt: order.confirmedAt as string }, now);
  const { day } = entry;
  const { amount, currency } = order.commission;
  ctx.stash.entry = entry;
  const table = tables.Commerce;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      {
        table,
        operation: 'ConditionCheck',
        key: toKey(orderKey(order.id)),
        condition: {
          expression: '#status IN (:confirmed, :fulfilled)',
          expressionNames: { '#status': 'status' },
          expressionValues: util.dynamodb.toMapValues({ ':confirmed': EARNING_ORDER_STATES[0], ':fulfilled': EARNING_ORDER_STATES[1] }),
        },
      },
      transactPutNew(table, entryKey(order.creatorId, day, order.id), entry),
      ...ledgerTotals(table, { orderId: order.id, creatorId: order.creatorId, day, currency, amount }, null, 'PENDING', now),
    ],
  };
}

export function response(ctx: Context) {
  const failed = failedConditions(ctx.error, ctx.result);
  if (failed[1])
    util.error('The commission on this order is recorded already.', ERROR.conflict, null, { orderId: ctx.stash.entry.orderId });
  if (failed[0]) {
    const order = ctx.result.cancellationReasons[0].item as Order | undefined;
    notEarning(order ? order.status : null);
  }
  raiseUnexpected(ctx.error);
  return ctx.stash.entry;
}

function notEarning(orderStatus: string | null): never {
  return invalidTransition(`An order that is ${orderStatus} earns no commission.`, null, 'PENDING', { orderStatus });
}
