import { util, type DynamoDBExpression } from '@aws-appsync/utils';

/** Every table is a single-table design keyed by `pk` and `sk`. */
export interface ItemKey {
  pk: string;
  sk: string;
}

export const toKey = (key: ItemKey) => util.dynamodb.toMapValues(key);

export const CONDITIONAL_CHECK_FAILED = 'DynamoDB:ConditionalCheckFailedException';
export const TRANSACTION_CANCELED = 'DynamoDB:TransactionCanceledException';

interface DataSourceError {
  type: string;
}

export function conditionFailed(error: DataSourceError | undefined | null): boolean {
  return !!error && error.type === CONDITIONAL_CHECK_FAILED;
}

interface CancellationReason {
  type?: string;
}

/**
 * Which items of a canceled transaction failed their condition, by position in the request.
 * AppSync puts the reasons in `ctx.result.cancellationReasons`, in request order.
 */
export function failedConditions(error: DataSourceError | undefined | null, result: unknown): boolean[] {
  if (!error || error.type !== TRANSACTION_CANCELED || !result) return [];
  const reasons = ((result as { cancellationReasons?: CancellationReason[] }).cancellationReasons ?? []) as CancellationReason[];
  return reasons.map((reason) => !!reason && reason.type === 'ConditionalCheckFailed');
}

/** An expression with plain values: each writer marshals them its own way (util.dynamodb, the AWS SDK). */
export interface PlainExpression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: Record<string, unknown>;
}

/**
 * An update that SETs the defined values and REMOVEs the nulls; undefined fields are left as
 * they are, which is how GraphQL tells "not given" from "cleared". `setIfMissing` values are
 * written only when the attribute does not exist yet (`createdAt` of an upsert).
 */
export function updateExpression(changes: Record<string, unknown>, setIfMissing: Record<string, unknown> = {}): DynamoDBExpression {
  const plain = plainUpdateExpression(changes, setIfMissing);
  const values = plain.expressionValues as Record<string, unknown>;
  // DynamoDB refuses an empty ExpressionAttributeValues map.
  return Object.keys(values).length
    ? { expression: plain.expression, expressionNames: plain.expressionNames, expressionValues: util.dynamodb.toMapValues(values) }
    : { expression: plain.expression, expressionNames: plain.expressionNames };
}

/** updateExpression with plain values, for writers outside AppSync (the Lambda functions). */
export function plainUpdateExpression(changes: Record<string, unknown>, setIfMissing: Record<string, unknown> = {}): PlainExpression {
  const sets: string[] = [];
  const removes: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  Object.keys(changes).forEach((name) => {
    const value = changes[name];
    if (value === undefined) return;
    names[`#${name}`] = name;
    if (value === null) {
      removes.push(`#${name}`);
    } else {
      sets.push(`#${name} = :${name}`);
      values[`:${name}`] = value;
    }
  });
  Object.keys(setIfMissing).forEach((name) => {
    names[`#${name}`] = name;
    sets.push(`#${name} = if_not_exists(#${name}, :${name})`);
    values[`:${name}`] = setIfMissing[name];
  });
  const expression = [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : '']
    .filter((part) => part.length > 0)
    .join(' ');
  return { expression, expressionNames: names, expressionValues: values };
}

/** The item as it is after `updateExpression(changes)`: for writes that do not return it (transactions). */
export function applyChanges<T extends Record<string, unknown>>(item: T, changes: Record<string, unknown>): T {
  const next: Record<string, unknown> = { ...item };
  Object.keys(changes).forEach((name) => {
    const value = changes[name];
    if (value === undefined) return;
    if (value === null) delete next[name];
    else next[name] = value;
  });
  return next as T;
}

export interface IndexPageQuery {
  /** Absent: the table's own keys (`pk`, `sk`). */
  index?: string;
  /** The index's partition key attribute and value. */
  partitionKey: string;
  partition: string;
  /** The index's sort key attribute, and the prefix the wanted items' sort keys start with (absent: the whole partition). */
  sortKey: string;
  prefix?: string;
  limit: number;
  nextToken?: string | null;
  newestFirst?: boolean;
}

/** One page of an item collection in an index (a brand's products, an owner's brands, …). */
export function indexPageQuery(q: IndexPageQuery) {
  return {
    operation: 'Query' as const,
    index: q.index,
    query:
      q.prefix === undefined
        ? {
            expression: '#pk = :partition',
            expressionNames: { '#pk': q.partitionKey },
            expressionValues: util.dynamodb.toMapValues({ ':partition': q.partition }),
          }
        : {
            expression: '#pk = :partition AND begins_with(#sk, :prefix)',
            expressionNames: { '#pk': q.partitionKey, '#sk': q.sortKey },
            expressionValues: util.dynamodb.toMapValues({ ':partition': q.partition, ':prefix': q.prefix }),
          },
    scanIndexForward: !q.newestFirst,
    limit: q.limit,
    nextToken: q.nextToken ?? undefined,
  };
}

export function getItem(key: ItemKey, consistentRead = false) {
  return { operation: 'GetItem' as const, key: toKey(key), consistentRead };
}

/** Attributes to store: absent and null inputs are left out rather than stored as NULL. */
export function withoutEmpty(values: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  Object.keys(values).forEach((name) => {
    if (values[name] !== undefined && values[name] !== null) kept[name] = values[name];
  });
  return kept;
}

export function putNew(key: ItemKey, attributes: Record<string, unknown>) {
  return {
    operation: 'PutItem' as const,
    key: toKey(key),
    attributeValues: util.dynamodb.toMapValues(withoutEmpty(attributes)),
    condition: { expression: 'attribute_not_exists(pk)' },
  };
}

/** A transaction item that writes an item where none exists yet; a failed condition cancels the whole transaction. */
export function transactPutNew(table: string, key: ItemKey, attributes: Record<string, unknown>) {
  return {
    table,
    operation: 'PutItem' as const,
    key: toKey(key),
    attributeValues: util.dynamodb.toMapValues(attributes),
    condition: { expression: 'attribute_not_exists(pk)', returnValuesOnConditionCheckFailure: false },
  };
}

/** A BatchGetItem of distinct keys in one table (DynamoDB refuses a key listed twice). */
export function batchGetItems(table: string, keys: ItemKey[]) {
  const seen: Record<string, boolean> = {};
  const distinct = keys.filter((key) => {
    const id = `${key.pk}/${key.sk}`;
    if (seen[id]) return false;
    seen[id] = true;
    return true;
  });
  return { operation: 'BatchGetItem' as const, tables: { [table]: { keys: distinct.map(toKey) } } };
}

type StoredItem = ItemKey & Record<string, unknown>;

interface BatchGetResult {
  data: Record<string, (StoredItem | null)[] | undefined>;
  unprocessedKeys?: Record<string, unknown[] | undefined> | null;
}

/**
 * What a BatchGetItem found in `table`, by `pk/sk` (keys not found are absent), and whether
 * DynamoDB left keys unprocessed, in which case an absent key may yet exist.
 */
export function batchGetFound(result: BatchGetResult, table: string): { items: Record<string, StoredItem>; incomplete: boolean } {
  const items: Record<string, StoredItem> = {};
  (result.data[table] ?? []).forEach((item) => {
    if (item) items[`${item.pk}/${item.sk}`] = item;
  });
  const unprocessed = (result.unprocessedKeys && result.unprocessedKeys[table]) ?? [];
  return { items, incomplete: unprocessed.length > 0 };
}

/** The key of `batchGetFound`'s map for an item key. */
export const keyId = (key: ItemKey) => `${key.pk}/${key.sk}`;

export interface SortKeyRange {
  /** The table's partition (`pk`) and the inclusive bounds of the sort keys (`sk`) wanted. */
  partition: string;
  from: string;
  to: string;
  limit?: number;
  nextToken?: string | null;
  newestFirst?: boolean;
}

/** The items of a table partition whose sort keys lie between two bounds, inclusive. */
export function sortKeyRangeQuery(q: SortKeyRange) {
  return {
    operation: 'Query' as const,
    query: {
      expression: '#pk = :partition AND #sk BETWEEN :from AND :to',
      expressionNames: { '#pk': 'pk', '#sk': 'sk' },
      expressionValues: util.dynamodb.toMapValues({ ':partition': q.partition, ':from': q.from, ':to': q.to }),
    },
    scanIndexForward: !q.newestFirst,
    limit: q.limit,
    nextToken: q.nextToken ?? undefined,
  };
}
