import { GetItemCommand, TransactWriteItemsCommand, UpdateItemCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { orderKey } from '../../resolvers/commerce/keys.ts';
import { plainUpdateExpression } from '../../resolvers/shared/dynamodb.ts';
import type { OrderItem } from '../../resolvers/commerce/orders.ts';
import type { CurrencyCode, MoneyInput, OrderStatus } from '../../resolvers/commerce/types.generated.ts';
import { dynamoDb, fromItem, key, tableName, toItem } from '../shared/dynamodb.ts';

/** An order as the saga keeps it: the order item (its enums and money as the schema types them) plus the saga's own progress marks. */
export type Order = Omit<OrderItem, 'status' | 'currency' | 'total' | 'commission'> & {
  status: OrderStatus;
  currency: CurrencyCode;
  total: MoneyInput;
  commission: MoneyInput;
  failureReason?: string;
  liveStreamId?: string | null;
  executionName?: string;
  stockReserved?: boolean;
  stockReleased?: boolean;
  authorizationId?: string;
  capturedAt?: string;
  voidedAt?: string;
  refundedAt?: string;
  confirmedAt?: string;
  cancelRequestedAt?: string;
  cancelReason?: string;
};

export const commerceTable = () => tableName('COMMERCE_TABLE');
export const shopsTable = () => tableName('SHOPS_TABLE');

export async function getOrder(id: string): Promise<Order | undefined> {
  const answer = await dynamoDb.send(new GetItemCommand({ TableName: commerceTable(), Key: key(orderKey(id)), ConsistentRead: true }));
  return fromItem<Order>(answer.Item);
}

export async function requireOrder(id: string): Promise<Order> {
  const order = await getOrder(id);
  if (!order) throw new Error(`No order with id ${id}.`);
  return order;
}

export const transact = (items: TransactWriteItem[]) => dynamoDb.send(new TransactWriteItemsCommand({ TransactItems: items }));

/** Sets progress marks on the order (idempotent: the same marks twice change nothing that matters). */
export async function mark(id: string, marks: Record<string, unknown>): Promise<void> {
  const { expression, expressionNames, expressionValues } = plainUpdateExpression(marks);
  await dynamoDb.send(
    new UpdateItemCommand({
      TableName: commerceTable(),
      Key: key(orderKey(id)),
      UpdateExpression: expression,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: expressionNames,
      ExpressionAttributeValues: toItem(expressionValues ?? {}),
    }),
  );
}

export const nowIso = () => new Date().toISOString();
