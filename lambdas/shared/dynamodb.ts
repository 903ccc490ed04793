import { DynamoDBClient, TransactionCanceledException, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ItemKey } from '../../resolvers/shared/dynamodb.ts';

// Region, credentials and endpoint all come from the environment, in AWS and locally.
export const dynamoDb = new DynamoDBClient({});

export const tableName = (envName: string): string => {
  const name = process.env[envName];
  if (!name) throw new Error(`${envName} is not set: the function was not granted that table.`);
  return name;
};

export const key = (k: ItemKey) => marshall(k);
export const toItem = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true });
export const fromItem = <T>(item: Record<string, unknown> | undefined): T | undefined =>
  item ? (unmarshall(item as never) as T) : undefined;

/** A Put that only creates. */
export function putNew(table: string, item: Record<string, unknown>): TransactWriteItem {
  return {
    Put: {
      TableName: table,
      Item: toItem(item),
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/** An update in resolver terms (expression, names, plain values), as the SDK takes it. */
export function update(
  table: string,
  k: ItemKey,
  u: { expression: string; expressionNames?: Record<string, string>; expressionValues?: Record<string, unknown> },
  condition?: { expression: string; expressionNames?: Record<string, string>; expressionValues?: Record<string, unknown> },
): TransactWriteItem {
  const names = merged(u.expressionNames, condition?.expressionNames);
  const values = merged(u.expressionValues, condition?.expressionValues);
  return {
    Update: {
      TableName: table,
      Key: key(k),
      UpdateExpression: u.expression,
      ConditionExpression: condition?.expression,
      ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
      ExpressionAttributeValues: Object.keys(values).length ? toItem(values) : undefined,
      ReturnValuesOnConditionCheckFailure: condition ? 'ALL_OLD' : undefined,
    },
  };
}

/** Why each item of a cancelled transaction failed: `ConditionalCheckFailed`, `TransactionConflict`, `None`, … */
export function cancellationCodes(error: unknown): string[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}

export function cancellationItem<T>(error: unknown, index: number): T | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return fromItem<T>(error.CancellationReasons?.[index]?.Item);
}

/** One placeholder map for both expressions: a placeholder defined twice with two values is a bug, refused here. */
function merged<T>(a: Record<string, T> = {}, b: Record<string, T> = {}): Record<string, T> {
  for (const name of Object.keys(b)) {
    if (name in a && JSON.stringify(a[name]) !== JSON.stringify(b[name])) throw new Error(`Placeholder ${name} is defined twice.`);
  }
  return { ...a, ...b };
}
