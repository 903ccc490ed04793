import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { entryKey, orderKey } from '../../resolvers/commerce/keys.ts';
import { orderTransitionWrites } from '../../resolvers/commerce/transitions.ts';
import type { PlainExpression } from '../../resolvers/shared/dynamodb.ts';
import { ledgerTotalChanges, pendingEntry } from '../../resolvers/commerce/ledger.ts';
import { orderTransitionAllowed } from '../../resolvers/commerce/rules.ts';
import { productKey } from '../../resolvers/shops/keys.ts';
import { cancellationCodes, cancellationItem, putNew, update } from '../shared/dynamodb.ts';
import { OrderCancelled, OrderSettled, OutOfStock, StockContention } from './errors.ts';
import { commerceTable, nowIso, shopsTable, transact, type Order } from './store.ts';

/** Codes DynamoDB gives an item of a transaction cancelled for contention rather than for a failed condition. */
const CONTENTION = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);

/**
 * The order's move to `to` with its brand parts, by the same writes as transitionOrder
 * (resolvers/commerce/transitions.ts); a failure reason is kept as `failureReason`.
 */
function move(
  order: Order,
  to: string,
  now: string,
  options: { set?: Record<string, unknown>; condition?: PlainExpression; reason?: string } = {},
) {
  if (!orderTransitionAllowed(order.status, to)) throw new OrderSettled(`An order cannot move from ${order.status} to ${to}.`);
  const set = options.reason ? { ...options.set, failureReason: options.reason } : options.set;
  const writes = orderTransitionWrites(order, to, now, { ...options, set });
  const table = commerceTable();
  return [writes.order, ...writes.parts].map((write) => update(table, write.key, write.update, write.condition));
}

const stockChanges = (order: Order, sign: 1 | -1): TransactWriteItem[] =>
  order.lines.map((line) =>
    update(
      shopsTable(),
      productKey(line.productId),
      { expression: 'SET inventory = inventory + :delta', expressionValues: { ':delta': sign * line.quantity } },
      sign < 0
        ? { expression: 'inventory >= :quantity', expressionValues: { ':quantity': line.quantity } }
        : { expression: 'attribute_exists(pk)' },
    ),
  );

/**
 * Takes every line's quantity from stock in one transaction, all or nothing, and marks the order
 * so a retry after success does nothing. A failed stock condition is OutOfStock; contention is
 * StockContention, retried by the saga, never reported as out of stock.
 */
export async function reserveStock(order: Order): Promise<void> {
  if (order.stockReserved) return;
  const table = commerceTable();
  try {
    await transact([
      update(
        table,
        orderKey(order.id),
        { expression: 'SET stockReserved = :true', expressionValues: { ':true': true } },
        {
          expression: '#status = :pending AND attribute_not_exists(stockReserved) AND attribute_not_exists(cancelRequestedAt)',
          expressionNames: { '#status': 'status' },
          expressionValues: { ':pending': 'PENDING' },
        },
      ),
      ...stockChanges(order, -1),
    ]);
  } catch (e) {
    const codes = cancellationCodes(e);
    if (!codes) throw e;
    if (codes.some((code) => CONTENTION.has(code))) throw new StockContention('The stock was contended; retry.');
    if (codes[0] === 'ConditionalCheckFailed') {
      const current = cancellationItem<Order>(e, 0);
      if (current?.stockReserved) return;
      if (current?.cancelRequestedAt) throw new OrderCancelled('The buyer cancelled the order.');
      throw new OrderSettled(`The order is ${current?.status ?? 'gone'}.`);
    }
    const short = codes.findIndex((code, i) => i > 0 && code === 'ConditionalCheckFailed');
    if (short > 0) throw new OutOfStock(`Not enough stock of product ${order.lines[short - 1]!.productId}.`);
    throw e;
  }
}

/**
 * PENDING → CONFIRMED with the creator's commission entered in the ledger (entry, daily total,
 * balance) in one transaction, unless the buyer asked to cancel meanwhile.
 */
export async function confirm(order: Order): Promise<void> {
  if (order.status === 'CONFIRMED') return;
  const now = nowIso();
  const entry = pendingEntry({ ...order, confirmedAt: now }, now);
  const { amount, currency } = order.commission;
  const totals = ledgerTotalChanges(
    { orderId: order.id, creatorId: order.creatorId, day: entry.day, currency, amount },
    null,
    'PENDING',
    now,
  );
  const table = commerceTable();
  try {
    await transact([
      ...move(order, 'CONFIRMED', now, { condition: { expression: 'attribute_not_exists(cancelRequestedAt)' } }),
      putNew(table, entry),
      ...totals.map((change) => update(table, change.key, change.update)),
    ]);
  } catch (e) {
    const codes = cancellationCodes(e);
    if (!codes) throw e;
    if (codes.some((code) => CONTENTION.has(code))) throw new StockContention('The ledger was contended; retry.');
    const current = cancellationItem<Order>(e, 0);
    if (current?.status === 'CONFIRMED') return;
    if (current?.cancelRequestedAt) throw new OrderCancelled('The buyer cancelled the order.');
    throw e;
  }
}

/**
 * Ends a PENDING order FAILED (or CANCELLED, when the buyer asked) with its reason, giving back
 * reserved stock in the same transaction. Returns false if it had ended already.
 */
export async function settlePending(order: Order, reason: string): Promise<boolean> {
  if (order.status !== 'PENDING') return false;
  const to = order.cancelRequestedAt ? 'CANCELLED' : 'FAILED';
  const release = stockRelease(order);
  const items = move(order, to, nowIso(), {
    reason: order.cancelRequestedAt ? (order.cancelReason ?? 'CANCELLED_BY_BUYER') : reason,
    set: release.marks,
  });
  try {
    await transact([...items, ...release.items]);
    return true;
  } catch (e) {
    if (cancellationItem<Order>(e, 0)?.status !== 'PENDING' && cancellationCodes(e)?.[0] === 'ConditionalCheckFailed') return false;
    throw e;
  }
}

/**
 * CONFIRMED → CANCELLED: stock given back, the commission entry and its totals reversed, in one
 * transaction (the existing CONFIRMED → CANCELLED and PENDING → REVERSED rules). Returns false
 * if the order had left CONFIRMED already.
 */
export async function cancelConfirmed(order: Order, reason: string): Promise<boolean> {
  if (order.status !== 'CONFIRMED') return false;
  const now = nowIso();
  const day = (order.confirmedAt ?? now).slice(0, 10);
  const { amount, currency } = order.commission;
  const table = commerceTable();
  const entry = update(
    table,
    entryKey(order.creatorId, day, order.id),
    {
      expression: 'SET #status = :reversed, updatedAt = :now, #history = list_append(#history, :event)',
      expressionNames: { '#status': 'status', '#history': 'history' },
      expressionValues: { ':reversed': 'REVERSED', ':now': now, ':event': [{ status: 'REVERSED', at: now, reason }] },
    },
    { expression: '#status = :pendingEntry', expressionValues: { ':pendingEntry': 'PENDING' } },
  );
  const totals = ledgerTotalChanges({ orderId: order.id, creatorId: order.creatorId, day, currency, amount }, 'PENDING', 'REVERSED', now);
  const release = stockRelease(order);
  try {
    await transact([
      ...move(order, 'CANCELLED', now, { reason, set: release.marks }),
      entry,
      ...totals.map((change) => update(table, change.key, change.update)),
      ...release.items,
    ]);
    return true;
  } catch (e) {
    if (cancellationCodes(e)?.[0] === 'ConditionalCheckFailed' && cancellationItem<Order>(e, 0)?.status !== 'CONFIRMED') return false;
    throw e;
  }
}

/** Stock the order holds, given back in the transaction that moves it, and marked so it is given back once. */
function stockRelease(order: Order): { marks: Record<string, unknown>; items: TransactWriteItem[] } {
  if (!order.stockReserved || order.stockReleased) return { marks: {}, items: [] };
  return { marks: { stockReleased: true }, items: stockChanges(order, 1) };
}
