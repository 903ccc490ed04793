import type * as DynamoDBModule from '@aws-appsync/utils/dynamodb.js';
import { buildDynamoDBExpression } from './util/dynamodb-expression.ts';
import { toAttributeMap, toAttributeValue, type AttributeValue } from './util/dynamodb.ts';

/**
 * Host implementation of `@aws-appsync/utils/dynamodb`: builders of DynamoDB data-source requests.
 * Shapes follow output recorded from AppSync: conditions, filters and key conditions are rendered
 * like `util.transform`; updates name attributes `#expName_<n>` and values `:expValue_<n>`; an
 * optional input that is null or absent is left out of the request.
 */

/**
 * AppSync's bundled copy of the module has no `sync`, though the npm declarations list it: code
 * that calls it is refused by the static checks (see `static-check/program.ts`).
 */
type Module = Omit<typeof DynamoDBModule, 'default' | 'sync'>;
type Json = Record<string, unknown>;

const isMap = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function withOptional<T extends Json>(request: T, optional: Json): T {
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined && value !== null) (request as Json)[field] = value;
  }
  return request;
}

const toKey = (key: unknown) => toAttributeMap(isMap(key) ? key : {});

/** An expression that binds no value carries no `expressionValues` at all. */
function toExpression(filter: unknown, what: string) {
  if (filter === undefined || filter === null) return undefined;
  const built = buildDynamoDBExpression(filter);
  if (built === null) throw new Error(`Invalid ${what}: ${JSON.stringify(filter)}`);
  const expression: { expression: string; expressionNames: Record<string, string>; expressionValues?: Record<string, AttributeValue> } = {
    expression: built.expression,
    expressionNames: built.expressionNames,
  };
  if (Object.keys(built.expressionValues).length > 0) expression.expressionValues = built.expressionValues;
  return expression;
}

/** Attribute names get `#expName_<n>` aliases, one per distinct name, in order of first use. */
class NameAliases {
  private readonly aliases = new Map<string, string>();
  alias(name: string): string {
    let alias = this.aliases.get(name);
    if (!alias) {
      alias = `#expName_${this.aliases.size + 1}`;
      this.aliases.set(name, alias);
    }
    return alias;
  }
  /** `a.b[2]` becomes `#expName_1.#expName_2[2]`. */
  path(segments: readonly (string | number)[]): string {
    return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${this.alias(s)}`)).join('');
  }
  names(): Record<string, string> {
    return Object.fromEntries([...this.aliases].map(([name, alias]) => [alias, name]));
  }
}

function toProjection(projection: unknown) {
  if (!Array.isArray(projection) || projection.length === 0) return undefined;
  const names = new NameAliases();
  const expression = projection
    .map((path) =>
      String(path)
        .split('.')
        .flatMap((segment) => {
          const [, name, indexes] = /^([^[]*)((?:\[\d+\])*)$/.exec(segment) ?? [segment, segment, ''];
          return [name, ...[...indexes.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))];
        }),
    )
    .map((segments) => names.path(segments))
    .join(', ');
  return { expression, expressionNames: names.names() };
}

// Operations, in the shape AppSync's helper returns them (not the `_type` the declarations show).

const OPERATION = {
  add: 'OPERATION_ADD',
  append: 'OPERATION_APPEND',
  decrement: 'OPERATION_DECREMENT',
  increment: 'OPERATION_INCREMENT',
  prepend: 'OPERATION_PREPEND',
  remove: 'OPERATION_REMOVE',
  replace: 'OPERATION_REPLACE',
  updateListItem: 'OPERATION_UPDATE_LIST_ITEM',
} as const;

interface Operation {
  type: (typeof OPERATION)[keyof typeof OPERATION];
  value?: unknown;
  items?: unknown[];
  by?: number;
  index?: number;
}

type Operations = Module['operations'];
type Declared<K extends keyof Operations> = ReturnType<Operations[K]>;
const declared = <K extends keyof Operations>(operation: Operation) => operation as unknown as Declared<K>;

export const operations = {
  add: <T>(payload: T) => declared<'add'>({ type: OPERATION.add, value: payload }),
  remove: () => declared<'remove'>({ type: OPERATION.remove }),
  replace: <T>(payload: T) => declared<'replace'>({ type: OPERATION.replace, value: payload }),
  increment: (by?: number) => declared<'increment'>({ type: OPERATION.increment, by }),
  decrement: (by?: number) => declared<'decrement'>({ type: OPERATION.decrement, by }),
  append: <T>(payload: T[]) => declared<'append'>({ type: OPERATION.append, items: payload }),
  prepend: <T>(payload: T[]) => declared<'prepend'>({ type: OPERATION.prepend, items: payload }),
  updateListItem: <T>(payload: T, index: number) => declared<'updateListItem'>({ type: OPERATION.updateListItem, value: payload, index }),
} satisfies Operations;

const OPERATION_TYPES = new Set<string>(Object.values(OPERATION));
const isOperation = (value: unknown): value is Operation => isMap(value) && OPERATION_TYPES.has(value.type as string);
const isListItemUpdates = (value: unknown): value is Operation[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => isOperation(item) && item.type === OPERATION.updateListItem);

/**
 * One SET clause list then one REMOVE list. A plain object updates only the keys it holds (use
 * `replace` to overwrite the whole attribute); increment and decrement step by one by default.
 */
function toUpdateExpression(update: unknown) {
  type Path = (string | number)[];
  const sets: { path: Path; render: (target: string, value: (v: unknown) => string) => string }[] = [];
  const removes: Path[] = [];

  function walk(value: unknown, path: Path) {
    if (isListItemUpdates(value)) {
      for (const item of value) sets.push({ path: [...path, Number(item.index)], render: (t, v) => `${t} = ${v(item.value)}` });
    } else if (isOperation(value)) {
      const step = value.by ?? 1;
      switch (value.type) {
        case OPERATION.add:
        case OPERATION.replace:
          sets.push({ path, render: (t, v) => `${t} = ${v(value.value)}` });
          break;
        case OPERATION.append:
          sets.push({ path, render: (t, v) => `${t} = list_append(${t}, ${v(value.items)})` });
          break;
        case OPERATION.prepend:
          sets.push({ path, render: (t, v) => `${t} = list_append(${v(value.items)}, ${t})` });
          break;
        case OPERATION.increment:
          sets.push({ path, render: (t, v) => `${t} = ${t} + ${v(step)}` });
          break;
        case OPERATION.decrement:
          sets.push({ path, render: (t, v) => `${t} = ${t} - ${v(step)}` });
          break;
        case OPERATION.remove:
          removes.push(path);
          break;
        case OPERATION.updateListItem:
          sets.push({ path: [...path, Number(value.index)], render: (t, v) => `${t} = ${v(value.value)}` });
          break;
      }
    } else if (isMap(value) && path.length > 0) {
      for (const [key, nested] of Object.entries(value)) walk(nested, [...path, key]);
    } else {
      sets.push({ path, render: (t, v) => `${t} = ${v(value)}` });
    }
  }

  if (!isMap(update)) throw new Error(`Invalid update: ${JSON.stringify(update)}`);
  for (const [key, value] of Object.entries(update)) walk(value, [key]);

  const names = new NameAliases();
  const expressionValues: Record<string, AttributeValue> = {};
  const valueOf = (value: unknown) => {
    const placeholder = `:expValue_${Object.keys(expressionValues).length + 1}`;
    expressionValues[placeholder] = toAttributeValue(value);
    return placeholder;
  };
  const clauses: string[] = [];
  if (sets.length > 0) clauses.push(`SET ${sets.map(({ path, render }) => render(names.path(path), valueOf)).join(', ')}`);
  if (removes.length > 0) clauses.push(`REMOVE ${removes.map((path) => names.path(path)).join(', ')}`);
  return { expression: clauses.join(' '), expressionNames: names.names(), expressionValues };
}

type Payload<F extends keyof Module> = Module[F] extends (payload: infer P) => unknown ? P : never;
const input = (payload: unknown): Json => (isMap(payload) ? payload : {});

function condition(payload: Json) {
  return toExpression(payload.condition, 'condition');
}

export const dynamodbHelpers = {
  get: (payload: Payload<'get'>) => {
    const p = input(payload);
    return withOptional(
      { operation: 'GetItem' as const, key: toKey(p.key) },
      { consistentRead: p.consistentRead, projection: toProjection(p.projection) },
    );
  },
  put: (payload: Payload<'put'>) => {
    const p = input(payload);
    return withOptional(
      { operation: 'PutItem' as const, key: toKey(p.key), attributeValues: toAttributeMap(input(p.item)) },
      {
        condition: condition(p),
        customPartitionKey: p.customPartitionKey,
        populateIndexFields: p.populateIndexFields,
        _version: p._version,
      },
    );
  },
  remove: (payload: Payload<'remove'>) => {
    const p = input(payload);
    return withOptional(
      { operation: 'DeleteItem' as const, key: toKey(p.key) },
      {
        condition: condition(p),
        customPartitionKey: p.customPartitionKey,
        populateIndexFields: p.populateIndexFields,
        _version: p._version,
      },
    );
  },
  update: (payload: Payload<'update'>) => {
    const p = input(payload);
    return withOptional(
      { operation: 'UpdateItem' as const, key: toKey(p.key), update: toUpdateExpression(p.update) },
      {
        condition: condition(p),
        customPartitionKey: p.customPartitionKey,
        populateIndexFields: p.populateIndexFields,
        _version: p._version,
      },
    );
  },
  query: (payload: Payload<'query'>) => {
    const p = input(payload);
    return withOptional(
      { operation: 'Query' as const, query: toExpression(p.query ?? {}, 'query')! },
      {
        index: p.index,
        nextToken: p.nextToken,
        limit: p.limit,
        scanIndexForward: p.scanIndexForward,
        consistentRead: p.consistentRead,
        select: p.select,
        filter: toExpression(p.filter, 'filter'),
        projection: toProjection(p.projection),
      },
    );
  },
  scan: (payload: Payload<'scan'>) => {
    const p = input(payload);
    return withOptional(
      { operation: 'Scan' as const },
      {
        index: p.index,
        limit: p.limit,
        consistentRead: p.consistentRead,
        nextToken: p.nextToken,
        totalSegments: p.totalSegments,
        segment: p.segment,
        filter: toExpression(p.filter, 'filter'),
        projection: toProjection(p.projection),
      },
    );
  },
  batchGet: (payload: Payload<'batchGet'>) => {
    const tables = Object.entries(input(input(payload).tables)).map(([table, request]) => {
      const r = input(request);
      const keys = Array.isArray(r.keys) ? r.keys.map(toKey) : [];
      return [table, withOptional({ keys }, { consistentRead: r.consistentRead, projection: toProjection(r.projection) })];
    });
    return { operation: 'BatchGetItem' as const, tables: Object.fromEntries(tables) };
  },
  batchPut: (payload: Payload<'batchPut'>) => {
    const tables = Object.entries(input(input(payload).tables)).map(([table, items]) => [
      table,
      (Array.isArray(items) ? items : []).map((item) => toAttributeMap(input(item))),
    ]);
    return { operation: 'BatchPutItem' as const, tables: Object.fromEntries(tables) };
  },
  batchDelete: (payload: Payload<'batchDelete'>) => {
    const tables = Object.entries(input(input(payload).tables)).map(([table, keys]) => [
      table,
      (Array.isArray(keys) ? keys : []).map(toKey),
    ]);
    return { operation: 'BatchDeleteItem' as const, tables: Object.fromEntries(tables) };
  },
  transactGet: (payload: Payload<'transactGet'>) => {
    const items = Array.isArray(input(payload).items) ? (input(payload).items as unknown[]) : [];
    const transactItems = items.map((item) => {
      const i = input(item);
      return withOptional({ table: String(i.table), key: toKey(i.key) }, { projection: toProjection(i.projection) });
    });
    return { operation: 'TransactGetItems' as const, transactItems };
  },
  transactWrite: (payload: Payload<'transactWrite'>) => {
    const items = Array.isArray(input(payload).items) ? (input(payload).items as unknown[]) : [];
    const transactItems = items.map((entry) => {
      const e = input(entry);
      if (isMap(e.putItem)) {
        const p = e.putItem;
        return withOptional(
          { table: String(p.table), operation: 'PutItem' as const, key: toKey(p.key), attributeValues: toAttributeMap(input(p.item)) },
          { condition: condition(p) },
        );
      }
      if (isMap(e.updateItem)) {
        const p = e.updateItem;
        return withOptional(
          { table: String(p.table), operation: 'UpdateItem' as const, key: toKey(p.key), update: toUpdateExpression(p.update) },
          { condition: condition(p) },
        );
      }
      if (isMap(e.deleteItem)) {
        const p = e.deleteItem;
        return withOptional({ table: String(p.table), operation: 'DeleteItem' as const, key: toKey(p.key) }, { condition: condition(p) });
      }
      if (isMap(e.conditionCheck)) {
        const p = e.conditionCheck;
        return withOptional(
          { table: String(p.table), operation: 'ConditionCheck' as const, key: toKey(p.key) },
          { condition: condition(p) },
        );
      }
      throw new Error(`Invalid transactWrite item: ${JSON.stringify(entry)}`);
    });
    return { operation: 'TransactWriteItems' as const, transactItems };
  },
  // Unlike util.dynamodb's, these take no null; the NS holds strings, as the module documents.
  toStringSet: (list: string[]) => ({ SS: list }),
  toNumberSet: (numbers: number[]) => ({ NS: numbers.map(String) }),
  toBinarySet: (values: string[]) => ({ BS: values }),
  operations,
} satisfies Module;
