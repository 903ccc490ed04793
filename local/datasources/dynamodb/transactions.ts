import {
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import type { DataSourceOutcome } from '../types.ts';
import type { AccessRequest } from './access.ts';
import { readItem, readRequiredItem, toAppSyncItem, type Item } from './attribute-values.ts';
import { appSyncErrorOf } from './errors.ts';
import { placeholders, readExpression, readOptionalProjection, writePlaceholders } from './expressions.ts';
import { ROOT, type Operation } from './operation.ts';
import {
  MappingTemplateError,
  fieldPath,
  isObject,
  jsonType,
  optionalBoolean,
  optionalObject,
  required,
  requiredArray,
  requiredObject,
  requiredString,
  type Json,
} from './request-fields.ts';

/**
 * Transactions name tables by physical name. Success gives `{ items | keys, cancellationReasons: null }`
 * in request order; a cancelled transaction gives `ctx.error` DynamoDB:TransactionCanceledException
 * and `{ items | keys: null, cancellationReasons: [{ type, message, item? }] }`, one reason per request
 * item, with the item that failed its condition when asked for (AppSync developer guide,
 * "Transaction condition expressions": returned by default).
 */
export const transactGetItems: Operation = async (context, request) => {
  const items = transactItems(request).map(({ entry, path }) => ({
    table: requiredString(entry, 'table', path),
    key: readRequiredItem(entry, 'key', path),
    projection: readOptionalProjection(entry, 'projection', path),
  }));
  await context.authorize(items.map(({ table }) => ({ action: 'GetItem', table })));
  try {
    const output = await context.call('TransactGetItems', distinct(items.map((i) => i.table)), (client) =>
      client.send(
        new TransactGetItemsCommand({
          TransactItems: items.map(({ table, key, projection }) => ({
            Get: { TableName: table, Key: key, ProjectionExpression: projection?.expression, ...placeholders(projection) },
          })),
        }),
      ),
    );
    const responses = output.Responses ?? [];
    return {
      result: { items: items.map((_, i) => (responses[i]?.Item ? toAppSyncItem(responses[i].Item!) : null)), cancellationReasons: null },
    };
  } catch (error) {
    if (error instanceof TransactionCanceledException) return cancelled(error, 'items');
    throw error;
  }
};

export const transactWriteItems: Operation = async (context, request) => {
  const writes = transactItems(request).map(({ entry, path }) => readWrite(entry, path));
  await context.authorize(writes.map((w) => w.access));
  try {
    await context.call('TransactWriteItems', distinct(writes.map((w) => w.access.table)), (client) =>
      client.send(new TransactWriteItemsCommand({ TransactItems: writes.map((w) => w.request) })),
    );
    return { result: { keys: writes.map((w) => toAppSyncItem(w.key)), cancellationReasons: null } };
  } catch (error) {
    if (error instanceof TransactionCanceledException) return cancelled(error, 'keys');
    throw error;
  }
};

function transactItems(request: Json) {
  return requiredArray(request, 'transactItems', ROOT).map((entry, i) => {
    const path = fieldPath(fieldPath(ROOT, 'transactItems'), i);
    if (!isObject(entry)) throw new MappingTemplateError(`Expected JSON object for field '${path}' but got '${jsonType(entry)}' instead.`);
    return { entry, path };
  });
}

const WRITE_ACTIONS = {
  PutItem: 'PutItem',
  UpdateItem: 'UpdateItem',
  DeleteItem: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
} as const;

interface TransactWrite {
  access: AccessRequest;
  key: Item;
  request: TransactWriteItem;
}

function readWrite(entry: Json, path: string): TransactWrite {
  const table = requiredString(entry, 'table', path);
  const operation = requiredString(entry, 'operation', path);
  if (!(operation in WRITE_ACTIONS)) {
    throw new MappingTemplateError(`Unsupported operation '${operation}' for field '${fieldPath(path, 'operation')}'.`);
  }
  const key = readRequiredItem(entry, 'key', path);
  const condition =
    operation === 'ConditionCheck'
      ? readTransactCondition(required(entry, 'condition', path), fieldPath(path, 'condition'))
      : readOptionalTransactCondition(entry, path);
  const access: AccessRequest = { action: WRITE_ACTIONS[operation as keyof typeof WRITE_ACTIONS], table };
  switch (operation) {
    case 'PutItem': {
      const attributeValues = entry.attributeValues == null ? {} : readItem(entry.attributeValues, fieldPath(path, 'attributeValues'));
      return { access, key, request: { Put: { TableName: table, Item: { ...attributeValues, ...key }, ...condition } } };
    }
    case 'UpdateItem': {
      const update = readExpression(requiredObject(entry, 'update', path), fieldPath(path, 'update'));
      const { ExpressionAttributeNames, ExpressionAttributeValues, ...conditionRest } = condition ?? {};
      return {
        access,
        key,
        request: {
          Update: {
            TableName: table,
            Key: key,
            UpdateExpression: update.expression,
            ...conditionRest,
            ...writePlaceholders(
              update,
              fieldPath(path, 'update'),
              { names: ExpressionAttributeNames, values: ExpressionAttributeValues },
              fieldPath(path, 'condition'),
            ),
          },
        },
      };
    }
    case 'DeleteItem':
      return { access, key, request: { Delete: { TableName: table, Key: key, ...condition } } };
    default:
      return { access, key, request: { ConditionCheck: { TableName: table, Key: key, ...condition! } } };
  }
}

function readOptionalTransactCondition(entry: Json, path: string) {
  const block = optionalObject(entry, 'condition', path);
  return block && readTransactCondition(block, fieldPath(path, 'condition'));
}

/** `returnValuesOnConditionCheckFailure` defaults to true: the failing item comes back in its cancellation reason. */
function readTransactCondition(block: unknown, path: string) {
  if (!isObject(block)) throw new MappingTemplateError(`Expected JSON object for field '${path}' but got '${jsonType(block)}' instead.`);
  const condition = readExpression(block, path);
  const returnItem = optionalBoolean(block, 'returnValuesOnConditionCheckFailure', path) ?? true;
  return {
    ConditionExpression: condition.expression,
    ...placeholders(condition),
    ReturnValuesOnConditionCheckFailure: returnItem ? ('ALL_OLD' as const) : ('NONE' as const),
  };
}

function cancelled(error: TransactionCanceledException, resultKey: 'items' | 'keys'): DataSourceOutcome {
  const cancellationReasons = (error.CancellationReasons ?? []).map((reason) => ({
    type: reason.Code ?? null,
    message: reason.Message ?? null,
    ...(reason.Item && Object.keys(reason.Item).length ? { item: toAppSyncItem(reason.Item) } : {}),
  }));
  return { error: appSyncErrorOf(error), result: { [resultKey]: null, cancellationReasons } };
}

const distinct = (tables: string[]) => [...new Set(tables)];
