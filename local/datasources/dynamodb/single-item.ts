/** `_version`, `customPartitionKey` and `populateIndexFields` only matter to versioned (Sync) data sources: ignored. */
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { readItem, readRequiredItem, toAppSyncItem } from './attribute-values.ts';
import { onConditionFailure, readCondition, type Condition, type DesiredResult } from './condition.ts';
import { placeholders, readExpression, readOptionalProjection, writePlaceholders } from './expressions.ts';
import { ROOT, type Operation, type OperationContext } from './operation.ts';
import { fieldPath, optionalBoolean, requiredObject } from './request-fields.ts';
import type { DataSourceOutcome } from '../types.ts';

export const getItem: Operation = async (context, request) => {
  const key = readRequiredItem(request, 'key', ROOT);
  const consistentRead = optionalBoolean(request, 'consistentRead', ROOT);
  const projection = readOptionalProjection(request, 'projection', ROOT);
  await context.authorize([{ action: 'GetItem', table: context.table }]);
  const output = await context.call('GetItem', [context.table], (client) =>
    client.send(
      new GetItemCommand({
        TableName: context.table,
        Key: key,
        ConsistentRead: consistentRead,
        ProjectionExpression: projection?.expression,
        ...placeholders(projection),
      }),
    ),
  );
  return { result: output.Item ? toAppSyncItem(output.Item) : null };
};

/** The result is the item written, so no read is needed: PutItem cannot return the new image. */
export const putItem: Operation = async (context, request) => {
  const key = readRequiredItem(request, 'key', ROOT);
  const attributeValues = request.attributeValues == null ? {} : readItem(request.attributeValues, fieldPath(ROOT, 'attributeValues'));
  const condition = readCondition(request, ROOT);
  const item = { ...attributeValues, ...key };
  await context.authorize([{ action: 'PutItem', table: context.table }]);
  return conditionalWrite(context, 'PutItem', condition, { operation: 'PutItem', item }, async (client) => {
    await client.send(new PutItemCommand({ TableName: context.table, Item: item, ...conditionParameters(condition) }));
    return { result: toAppSyncItem(item) };
  });
};

export const updateItem: Operation = async (context, request) => {
  const key = readRequiredItem(request, 'key', ROOT);
  const update = readExpression(requiredObject(request, 'update', ROOT), fieldPath(ROOT, 'update'));
  const condition = readCondition(request, ROOT);
  const expressionAttributes = writePlaceholders(update, fieldPath(ROOT, 'update'), condition, fieldPath(ROOT, 'condition'));
  await context.authorize([{ action: 'UpdateItem', table: context.table }]);
  return conditionalWrite(context, 'UpdateItem', condition, { operation: 'UpdateItem' }, async (client) => {
    const output = await client.send(
      new UpdateItemCommand({
        TableName: context.table,
        Key: key,
        UpdateExpression: update.expression,
        ConditionExpression: condition?.expression,
        ...expressionAttributes,
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: condition ? 'ALL_OLD' : undefined,
      }),
    );
    return { result: output.Attributes ? toAppSyncItem(output.Attributes) : null };
  });
};

/** The result is the deleted item, or null when there was none. */
export const deleteItem: Operation = async (context, request) => {
  const key = readRequiredItem(request, 'key', ROOT);
  const condition = readCondition(request, ROOT);
  await context.authorize([{ action: 'DeleteItem', table: context.table }]);
  return conditionalWrite(context, 'DeleteItem', condition, { operation: 'DeleteItem' }, async (client) => {
    const output = await client.send(
      new DeleteItemCommand({ TableName: context.table, Key: key, ReturnValues: 'ALL_OLD', ...conditionParameters(condition) }),
    );
    return { result: output.Attributes ? toAppSyncItem(output.Attributes) : null };
  });
};

const conditionParameters = (condition: Condition | undefined) =>
  condition
    ? {
        ConditionExpression: condition.expression,
        ...placeholders(condition),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      }
    : {};

async function conditionalWrite(
  context: OperationContext,
  operation: string,
  condition: Condition | undefined,
  desired: DesiredResult,
  write: (client: DynamoDBClient) => Promise<DataSourceOutcome>,
): Promise<DataSourceOutcome> {
  try {
    return await context.call(operation, [context.table], write);
  } catch (error) {
    if (condition && error instanceof ConditionalCheckFailedException) return onConditionFailure(error, condition, desired);
    throw error;
  }
}
