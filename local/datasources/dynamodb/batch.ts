import { BatchGetItemCommand, BatchWriteItemCommand, type KeysAndAttributes, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { readItem, sameItem, toAppSyncItem, type Item } from './attribute-values.ts';
import { placeholders, readOptionalProjection, type Expression } from './expressions.ts';
import { ROOT, type Operation } from './operation.ts';
import {
  MappingTemplateError,
  fieldPath,
  isObject,
  jsonType,
  optionalBoolean,
  requiredArray,
  requiredObject,
  type Json,
} from './request-fields.ts';

/**
 * Batch operations name tables by physical name. AppSync's result lists, per table, one entry per
 * key or item of the request in the request's order: the item (BatchGetItem), the item written
 * (BatchPutItem) or the key deleted (BatchDeleteItem); null where nothing was found or where
 * DynamoDB left the entry unprocessed, those entries being listed again under
 * `unprocessedKeys`/`unprocessedItems` (every requested table appears in both maps).
 */
export const batchGetItem: Operation = async (context, request) => {
  const tables = Object.entries(requiredObject(request, 'tables', ROOT)).map(([table, spec]) => {
    const path = fieldPath(fieldPath(ROOT, 'tables'), table);
    if (!isObject(spec)) throw new MappingTemplateError(`Expected JSON object for field '${path}' but got '${jsonType(spec)}' instead.`);
    return {
      table,
      keys: requiredArray(spec, 'keys', path).map((key, i) => readItem(key, fieldPath(fieldPath(path, 'keys'), i))),
      consistentRead: optionalBoolean(spec, 'consistentRead', path),
      projection: readOptionalProjection(spec, 'projection', path),
    };
  });
  await context.authorize(tables.map(({ table }) => ({ action: 'BatchGetItem', table })));
  const requestItems: Record<string, KeysAndAttributes> = Object.fromEntries(
    tables.map(({ table, keys, consistentRead, projection }) => [
      table,
      { Keys: keys, ConsistentRead: consistentRead, ...projectionWithKeys(projection, keys) },
    ]),
  );
  const output = await context.call(
    'BatchGetItem',
    tables.map((t) => t.table),
    (client) => client.send(new BatchGetItemCommand({ RequestItems: requestItems })),
  );
  const data: Record<string, unknown[]> = {};
  const unprocessedKeys: Record<string, unknown[]> = {};
  for (const { table, keys, projection } of tables) {
    const found = output.Responses?.[table] ?? [];
    const unprocessed = output.UnprocessedKeys?.[table]?.Keys ?? [];
    data[table] = keys.map((key) => {
      const item = found.find((candidate) => holdsKey(candidate, key));
      return item ? toAppSyncItem(withoutUnrequestedKeys(item, key, projection)) : null;
    });
    unprocessedKeys[table] = unprocessed.map(toAppSyncItem);
  }
  return { result: { data, unprocessedKeys } };
};

export const batchPutItem: Operation = async (context, request) => {
  const tables = readTableLists(request);
  await context.authorize(tables.map(({ table }) => ({ action: 'BatchWriteItem', table })));
  const writes = (table: string, entries: Item[]) => [table, entries.map((Item): WriteRequest => ({ PutRequest: { Item } }))];
  const output = await context.call(
    'BatchWriteItem',
    tables.map((t) => t.table),
    (client) => client.send(new BatchWriteItemCommand({ RequestItems: Object.fromEntries(tables.map((t) => writes(t.table, t.entries))) })),
  );
  const data: Record<string, unknown[]> = {};
  const unprocessedItems: Record<string, unknown[]> = {};
  for (const { table, entries } of tables) {
    const unprocessed = (output.UnprocessedItems?.[table] ?? []).flatMap((w) => (w.PutRequest?.Item ? [w.PutRequest.Item] : []));
    data[table] = entries.map((item) => (unprocessed.some((u) => sameItem(u, item)) ? null : toAppSyncItem(item)));
    unprocessedItems[table] = unprocessed.map(toAppSyncItem);
  }
  return { result: { data, unprocessedItems } };
};

export const batchDeleteItem: Operation = async (context, request) => {
  const tables = readTableLists(request);
  await context.authorize(tables.map(({ table }) => ({ action: 'BatchWriteItem', table })));
  const deletes = (table: string, entries: Item[]) => [table, entries.map((Key): WriteRequest => ({ DeleteRequest: { Key } }))];
  const output = await context.call(
    'BatchWriteItem',
    tables.map((t) => t.table),
    (client) =>
      client.send(new BatchWriteItemCommand({ RequestItems: Object.fromEntries(tables.map((t) => deletes(t.table, t.entries))) })),
  );
  const data: Record<string, unknown[]> = {};
  const unprocessedKeys: Record<string, unknown[]> = {};
  for (const { table, entries } of tables) {
    const unprocessed = (output.UnprocessedItems?.[table] ?? []).flatMap((w) => (w.DeleteRequest?.Key ? [w.DeleteRequest.Key] : []));
    data[table] = entries.map((key) => (unprocessed.some((u) => sameItem(u, key)) ? null : toAppSyncItem(key)));
    unprocessedKeys[table] = unprocessed.map(toAppSyncItem);
  }
  return { result: { data, unprocessedKeys } };
};

/** `tables: { <table>: [ item or key, … ] }` of BatchPutItem and BatchDeleteItem. */
function readTableLists(request: Json) {
  return Object.entries(requiredObject(request, 'tables', ROOT)).map(([table, entries]) => {
    const path = fieldPath(fieldPath(ROOT, 'tables'), table);
    if (!Array.isArray(entries))
      throw new MappingTemplateError(`Expected JSON array for field '${path}' but got '${jsonType(entries)}' instead.`);
    return { table, entries: entries.map((entry, i) => readItem(entry, fieldPath(path, i))) };
  });
}

const holdsKey = (item: Item, key: Item) => sameItem(pick(item, Object.keys(key)), key);

const pick = (item: Item, names: string[]): Item =>
  Object.fromEntries(names.filter((name) => name in item).map((name) => [name, item[name]]));

/**
 * DynamoDB returns a batch's items in no particular order, so each is matched to its key by the
 * key attributes; a projection that leaves them out gets them added under private placeholders
 * (adding a path twice is an error in DynamoDB) and they are dropped again from the result.
 */
const KEY_PLACEHOLDER = '#appsyncLocalKey';

type Projection = Omit<Expression, 'values'>;

/** Top-level attributes a projection names directly (`a, #b`); nested paths never name a key attribute. */
const projectedNames = (projection: Projection) =>
  new Set(
    projection.expression
      .split(',')
      .map((path) => path.trim())
      .map((path) => projection.names[path] ?? path),
  );

const missingKeyNames = (projection: Projection, keys: Item[]) => {
  const projected = projectedNames(projection);
  return [...new Set(keys.flatMap((key) => Object.keys(key)))].filter((name) => !projected.has(name));
};

function projectionWithKeys(projection: Projection | undefined, keys: Item[]) {
  if (!projection) return {};
  const extra = missingKeyNames(projection, keys).map((name, i) => [`${KEY_PLACEHOLDER}${i}`, name] as const);
  return {
    ProjectionExpression: [projection.expression, ...extra.map(([placeholder]) => placeholder)].join(', '),
    ...placeholders({ names: { ...projection.names, ...Object.fromEntries(extra) } }),
  };
}

function withoutUnrequestedKeys(item: Item, key: Item, projection: Projection | undefined): Item {
  if (!projection) return item;
  const added = new Set(missingKeyNames(projection, [key]));
  return Object.fromEntries(Object.entries(item).filter(([name]) => !added.has(name)));
}
