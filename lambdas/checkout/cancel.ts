import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { orderKey } from '../../resolvers/commerce/keys.ts';
import { REASON_MAX } from '../../resolvers/commerce/rules.ts';
import { characters } from '../../resolvers/shared/validation.ts';
import { BusinessError, refuseInvalid } from '../shared/business-error.ts';
import { dynamoDb, key, toItem } from '../shared/dynamodb.ts';
import { giveBack } from '../orders/payments.ts';
import { publish } from '../orders/publish.ts';
import { commerceTable, getOrder, nowIso, requireOrder, type Order } from '../orders/store.ts';
import { cancelConfirmed } from '../orders/transitions.ts';

export interface Caller {
  sub: string;
  admin: boolean;
}

/**
 * The buyer (or an admin) cancels before fulfilment. A CONFIRMED order is cancelled here and
 * now: stock back, commission reversed, then the payment refunded or voided. A PENDING order
 * belongs to its saga, which is never stopped (StopExecution runs no Catch and would leak stock
 * and holds): the request is recorded and the saga compensates at its next step.
 */
export async function cancelOrder(caller: Caller, id: string, note: string | null | undefined): Promise<Order> {
  if (note && characters(note) > REASON_MAX) refuseInvalid([{ field: 'reason', message: `must be at most ${REASON_MAX} characters` }]);
  const order = await getOrder(id);
  if (!order) throw new BusinessError(`No order with id ${id}.`, 'NOT_FOUND', { id });
  if (order.buyerId !== caller.sub && !caller.admin)
    throw new BusinessError('Only the buyer or an admin may cancel this order.', 'FORBIDDEN');
  const reason = caller.admin && order.buyerId !== caller.sub ? 'CANCELLED_BY_ADMIN' : 'CANCELLED_BY_BUYER';

  if (order.status === 'PENDING') {
    const requested = await requestCancellation(order, reason, note);
    if (requested) return requireOrder(id);
  }
  const current = await requireOrder(id);
  if (current.status === 'CONFIRMED') {
    if (!(await cancelConfirmed(current, reason))) {
      // Lost to a concurrent change (another cancellation, fulfilment): refused as a later request would be.
      notCancellable((await requireOrder(id)).status);
    }
    const cancelled = await requireOrder(id);
    await giveBack(cancelled);
    await publish(cancelled);
    return requireOrder(id);
  }
  // Cancelled already: refused as a repeat, once its money is surely back (a refund that failed
  // earlier is finished here; one in progress gets the provider's same answer to the same key).
  if (current.status === 'CANCELLED') await giveBack(current);
  return notCancellable(current.status);
}

function notCancellable(status: string): never {
  throw new BusinessError(`An order that is ${status} cannot be cancelled.`, 'INVALID_TRANSITION', { from: status, to: 'CANCELLED' });
}

async function requestCancellation(order: Order, reason: string, note: string | null | undefined): Promise<boolean> {
  try {
    await dynamoDb.send(
      new UpdateItemCommand({
        TableName: commerceTable(),
        Key: key(orderKey(order.id)),
        UpdateExpression: 'SET cancelRequestedAt = if_not_exists(cancelRequestedAt, :now), cancelReason = :reason, cancelNote = :note',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: toItem({ ':now': nowIso(), ':reason': reason, ':note': note ?? null, ':pending': 'PENDING' }),
      }),
    );
    return true;
  } catch (e) {
    if ((e as Error).name === 'ConditionalCheckFailedException') return false;
    throw e;
  }
}
