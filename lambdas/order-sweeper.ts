import { DescribeExecutionCommand, ExecutionDoesNotExist, SFNClient } from '@aws-sdk/client-sfn';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { dynamoDb, fromItem } from './shared/dynamodb.ts';
import { metrics, MetricUnit, observed } from './shared/observability.ts';
import { giveBack } from './orders/payments.ts';
import { publish } from './orders/publish.ts';
import { commerceTable, requireOrder, type Order } from './orders/store.ts';
import { settlePending } from './orders/transitions.ts';

const sfn = new SFNClient({});
/** A checkout's saga starts within a second of its order; one PENDING this long with no saga running never will. */
const DEFAULT_AGE_SECONDS = 300;

/**
 * Settles checkout orders stuck PENDING: the function crashed between writing the order and
 * starting its saga (and the client never retried), or the saga ended without settling it
 * (timed out, stopped). Each is failed INTERRUPTED with its stock and hold given back. Runs on a
 * schedule; `olderThanSeconds` narrows the age (the local runtime passes 0 at start, since its
 * executions do not outlive it).
 */
export const handler = observed(async (event: { olderThanSeconds?: number } = {}): Promise<{ settled: string[] }> => {
  const cutoff = new Date(Date.now() - (event.olderThanSeconds ?? DEFAULT_AGE_SECONDS) * 1000).toISOString();
  const settled: string[] = [];
  for (const stale of await pendingOrders(cutoff)) {
    const order = await requireOrder(stale.id);
    // Every move out of PENDING takes an order off the index (resolvers/commerce/transitions.ts); one read just before may still be there.
    if (order.status !== 'PENDING' || (await sagaRunning(order))) continue;
    if (await settlePending(order, 'INTERRUPTED')) {
      const after = await requireOrder(order.id);
      await giveBack(after);
      await publish(after).catch(() => {});
      settled.push(order.id);
    }
  }
  metrics.addMetric('OrdersInterrupted', MetricUnit.Count, settled.length);
  return { settled };
});

async function pendingOrders(cutoff: string): Promise<{ id: string }[]> {
  const orders: { id: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamoDb.send(
      new QueryCommand({
        TableName: commerceTable(),
        IndexName: 'GSI4',
        KeyConditionExpression: 'gsi4pk = :pending AND gsi4sk < :cutoff',
        ExpressionAttributeValues: { ':pending': { S: 'PENDING' }, ':cutoff': { S: cutoff } },
        ExclusiveStartKey: start as never,
      }),
    );
    orders.push(...(page.Items ?? []).map((item) => fromItem<{ id: string }>(item)!));
    start = page.LastEvaluatedKey;
  } while (start);
  return orders;
}

async function sagaRunning(order: Order): Promise<boolean> {
  const machine = process.env.CHECKOUT_STATE_MACHINE_ARN ?? '';
  try {
    const { status } = await sfn.send(
      new DescribeExecutionCommand({ executionArn: `${machine.replace(':stateMachine:', ':execution:')}:${order.executionName}` }),
    );
    return status === 'RUNNING';
  } catch (e) {
    if (e instanceof ExecutionDoesNotExist) return false;
    throw e;
  }
}
