import { createHash } from 'node:crypto';
import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ulid } from 'ulid';
import { newOrderItems } from '../../resolvers/commerce/orders.ts';
import { BusinessError } from '../shared/business-error.ts';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { cancellationCodes, cancellationItem, dynamoDb, fromItem, key as toKey, putNew } from '../shared/dynamodb.ts';
import { paymentProviderFromEnvironment } from '../payments/http-provider.ts';
import { commerceTable, nowIso, requireOrder, transact, type Order } from '../orders/store.ts';
import { cartHash, priceCart, type CheckoutRequest } from './cart.ts';

const sfn = new SFNClient({});
/** Idempotency records outlive any retry a client makes; DynamoDB's TTL removes them later. */
const IDEMPOTENCY_DAYS = 30;

/** The record that decides idempotency: one per buyer and key, naming the cart and the order. */
export const idempotencyKeyOf = (buyerId: string, key: string) => ({ pk: `CHECKOUT#${buyerId}#${key}`, sk: 'CHECKOUT' });

/**
 * The execution's name, the same for every retry of one checkout: at most 80 characters of
 * Step Functions' allowed set (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html).
 */
export const executionNameOf = (buyerId: string, key: string) =>
  `checkout-${createHash('sha256').update(`${buyerId}\n${key}`).digest('hex').slice(0, 64)}`;

/** The sweeper's index: only PENDING checkout orders have these keys (gsi4), oldest first. */
export const pendingIndexKeys = (id: string, createdAt: string) => ({ gsi4pk: 'PENDING', gsi4sk: `${createdAt}#${id}` });

/**
 * The idempotency record decides. A key seen before answers from its record: the same cart gives
 * the first order, another cart is refused — before anything is priced, so a retry is answered
 * even if prices moved since. A new key prices the cart and puts the record with the order
 * (PENDING) and its brand parts in one conditional transaction; of two requests racing with one
 * key, the loser reads the winner's record. Either way the saga is then started (again):
 * StartExecution under the same name and input is a no-op while the execution runs, and
 * ExecutionAlreadyExists once it ended, so a retry after a crash starts it if it never was.
 */
export async function placeOrder(buyerId: string, request: CheckoutRequest): Promise<Order> {
  const hash = cartHash(request);
  const key = idempotencyKeyOf(buyerId, request.idempotencyKey);
  const seen = fromItem<IdempotencyRecord>(
    (await dynamoDb.send(new GetItemCommand({ TableName: commerceTable(), Key: toKey(key), ConsistentRead: true }))).Item,
  );
  const placed = seen ? await replay(seen, hash) : await placeNew(buyerId, request, hash);
  if (placed.status === 'PENDING') await startSaga(placed, request.paymentToken);
  return placed;
}

type IdempotencyRecord = { cartHash: string; orderId: string };

async function replay(record: IdempotencyRecord, hash: string): Promise<Order> {
  if (record.cartHash !== hash) {
    throw new BusinessError('This idempotency key was used for another cart.', 'IDEMPOTENCY_KEY_REUSED', { orderId: record.orderId });
  }
  return requireOrder(record.orderId);
}

async function placeNew(buyerId: string, request: CheckoutRequest, hash: string): Promise<Order> {
  const cart = await priceCart(request);
  const expected = request.expectedTotal;
  if (expected && (expected.amount !== cart.total.amount || expected.currency !== cart.total.currency)) {
    throw new BusinessError('The total has changed since it was shown.', 'PRICE_CHANGED', { expected, actual: cart.total });
  }
  const now = nowIso();
  const id = ulid();
  const { order, parts } = newOrderItems({
    id,
    buyerId,
    shopId: cart.shopId,
    creatorId: cart.creatorId,
    lines: cart.lines,
    now,
    extra: {
      ...pendingIndexKeys(id, now),
      executionName: executionNameOf(buyerId, request.idempotencyKey),
      liveStreamId: cart.liveStreamId,
      shippingAddress: request.shippingAddress ?? undefined,
    },
  });
  const table = commerceTable();
  const record = {
    ...idempotencyKeyOf(buyerId, request.idempotencyKey),
    cartHash: hash,
    orderId: id,
    createdAt: now,
    expiresAt: Math.floor(Date.now() / 1000) + IDEMPOTENCY_DAYS * 86400,
  };
  try {
    await transactRetryingConflicts([putNew(table, record), putNew(table, order), ...parts.map((part) => putNew(table, part))]);
    return order as Order;
  } catch (e) {
    if (cancellationCodes(e)?.[0] !== 'ConditionalCheckFailed') throw e;
    return replay(cancellationItem<IdempotencyRecord>(e, 0)!, hash);
  }
}

/** The same request sent twice at once: one transaction wins, the other sees a conflict and, retried, the winner's record. */
async function transactRetryingConflicts(items: Parameters<typeof transact>[0]) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transact(items);
    } catch (e) {
      if (attempt >= 5 || !cancellationCodes(e)?.includes('TransactionConflict')) throw e;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * 2 ** attempt));
    }
  }
}

/** Exchanges the token for a payment method (idempotent by order), then starts the saga with no payment data in its input. */
async function startSaga(order: Order, paymentToken: string): Promise<void> {
  const paymentMethod = await paymentProviderFromEnvironment().paymentMethod(paymentToken, `payment-method-${order.id}`);
  try {
    await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: process.env.CHECKOUT_STATE_MACHINE_ARN,
        name: order.executionName,
        input: JSON.stringify({ orderId: order.id, paymentMethod }),
      }),
    );
  } catch (e) {
    if (!(e instanceof ExecutionAlreadyExists)) throw e;
  }
}
