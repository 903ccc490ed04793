import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { TableDeclaration } from '../../model/declaration.ts';
import { dynamoDbDataSource } from '../../local/datasources/dynamodb/data-source.ts';
import type { DataSourceOutcome } from '../../local/datasources/types.ts';
import { createTables } from '../../local/dynamodb-local/tables.ts';
import { physicalTableName } from '../../model/table-names.ts';
import { freePort } from '../../local/dynamodb-local/local-server.ts';

// Unique per run so a long-lived DynamoDB (AWS_ENDPOINT_URL_DYNAMODB) never carries items over.
const prefix = `dsTest${Date.now().toString(36)}-`;
const declared: TableDeclaration[] = [
  {
    name: 'Items',
    partitionKey: { name: 'id', type: 'S' },
    globalSecondaryIndexes: [{ name: 'byOwner', partitionKey: { name: 'owner', type: 'S' }, sortKey: { name: 'id', type: 'S' } }],
  },
  { name: 'Ledger', partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'S' } },
  { name: 'Secrets', partitionKey: { name: 'id', type: 'S' } },
];
const ITEMS = physicalTableName(prefix, 'Items');
const LEDGER = physicalTableName(prefix, 'Ledger');
const SECRETS = physicalTableName(prefix, 'Secrets');

const client = new DynamoDBClient({
  endpoint: inject('dynamoDbEndpoint'),
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const tokenKey = randomBytes(32);
let requests: Array<{ operation: string; tables: string[] }> = [];

const items = dynamoDbDataSource({
  name: 'Items',
  client,
  table: ITEMS,
  grantedTables: [ITEMS, LEDGER],
  tokenKey,
  onRequest: (call) => requests.push(call),
});
const itemsReadOnly = dynamoDbDataSource({
  name: 'ItemsReadOnly',
  client,
  table: ITEMS,
  grantedTables: [ITEMS],
  readOnly: true,
  tokenKey,
  onRequest: (call) => requests.push(call),
});

const info = { requestId: 'test', fieldPath: 'Query.test' };
const invoke = (request: unknown, source = items) => source.invoke(request, info);
/** A unique id per test, so tests never see each other's items. */
const uid = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;
const S = (value: string) => ({ S: value });
const N = (value: number) => ({ N: String(value) });

async function put(item: Record<string, unknown>, table = ITEMS) {
  const outcome = await invoke({ operation: 'BatchPutItem', tables: { [table]: [item] } });
  expect(outcome.error).toBeUndefined();
}

async function stored(key: Record<string, unknown>, table = ITEMS) {
  const { Item } = await client.send(new GetItemCommand({ TableName: table, Key: key as never, ConsistentRead: true }));
  return Item;
}

beforeAll(() => createTables(client, declared, prefix));
beforeEach(() => {
  requests = [];
});
afterAll(() => client.destroy());

describe('GetItem', () => {
  it('returns the item with numbers as numbers, sets as lists and binary as base64', async () => {
    // Prepare
    const id = uid('types');
    await put({
      id: S(id),
      price: N(1250),
      ratio: { N: '0.5' },
      tags: { SS: ['a', 'b'] },
      sizes: { NS: ['1', '2'] },
      blob: { B: Buffer.from('hello').toString('base64') },
      gone: { NULL: true },
      live: { BOOL: true },
      nested: { M: { list: { L: [S('x'), N(3)] } } },
    });

    // Act
    const outcome = await invoke({ operation: 'GetItem', key: { id: S(id) }, consistentRead: true });

    // Assess
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toEqual({
      id,
      price: 1250,
      ratio: 0.5,
      tags: expect.arrayContaining(['a', 'b']),
      sizes: expect.arrayContaining([1, 2]),
      blob: Buffer.from('hello').toString('base64'),
      gone: null,
      live: true,
      nested: { list: ['x', 3] },
    });
  });

  it('returns null for a missing item', async () => {
    const outcome = await invoke({ operation: 'GetItem', key: { id: S(uid('missing')) } });

    expect(outcome).toEqual({ result: null });
  });

  it('returns only the projected attributes', async () => {
    // Prepare
    const id = uid('projected');
    await put({ id: S(id), name: S('Lamp'), price: N(10) });

    // Act
    const outcome = await invoke({
      operation: 'GetItem',
      key: { id: S(id) },
      consistentRead: true,
      projection: { expression: '#name, price', expressionNames: { '#name': 'name' } },
    });

    // Assess
    expect(outcome.result).toEqual({ name: 'Lamp', price: 10 });
  });
});

describe('PutItem, UpdateItem and DeleteItem', () => {
  it('PutItem returns the item written, key included', async () => {
    // Prepare
    const id = uid('put');

    // Act
    const outcome = await invoke({ operation: 'PutItem', key: { id: S(id) }, attributeValues: { name: S('Desk'), price: { N: 99 } } });

    // Assess
    expect(outcome).toEqual({ result: { id, name: 'Desk', price: 99 } });
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), name: S('Desk'), price: N(99) });
  });

  it('UpdateItem returns the item as it is after the update', async () => {
    // Prepare
    const id = uid('update');
    await put({ id: S(id), name: S('Chair'), stock: N(5) });

    // Act
    const outcome = await invoke({
      operation: 'UpdateItem',
      key: { id: S(id) },
      update: {
        expression: 'SET stock = stock - :one, #name = :name',
        expressionNames: { '#name': 'name' },
        expressionValues: { ':one': N(1), ':name': S('Stool') },
      },
    });

    // Assess
    expect(outcome).toEqual({ result: { id, name: 'Stool', stock: 4 } });
  });

  it('DeleteItem returns the deleted item, and null when there was none', async () => {
    // Prepare
    const id = uid('delete');
    await put({ id: S(id), name: S('Shelf') });

    // Act
    const first = await invoke({ operation: 'DeleteItem', key: { id: S(id) } });
    const second = await invoke({ operation: 'DeleteItem', key: { id: S(id) } });

    // Assess
    expect(first).toEqual({ result: { id, name: 'Shelf' } });
    expect(second).toEqual({ result: null });
  });
});

describe('condition checks', () => {
  /** As a response recorded from AppSync JS resolvers shows: the error, and no current item (aws/aws-appsync-community#343). */
  const rejected = {
    result: null,
    error: {
      type: 'DynamoDB:ConditionalCheckFailedException',
      message: expect.stringMatching(/^The conditional request failed \(Service: DynamoDb, Status Code: 400, Request ID: .+\)$/),
    },
  };

  it('reject a write whose condition fails, with the error and no result (the current item is not returned)', async () => {
    // Prepare
    const id = uid('taken');
    await put({ id: S(id), name: S('Original') });

    // Act
    const outcome = await invoke({
      operation: 'PutItem',
      key: { id: S(id) },
      attributeValues: { name: S('Intruder') },
      condition: { expression: 'attribute_not_exists(id)' },
    });

    // Assess
    expect(outcome).toEqual(rejected);
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), name: S('Original') });
  });

  it('count a PutItem whose condition fails as a success when the item already is what it would write', async () => {
    // Prepare
    const id = uid('retried');
    const request = {
      operation: 'PutItem',
      key: { id: S(id) },
      attributeValues: { name: S('Same') },
      condition: { expression: 'attribute_not_exists(id)' },
    };
    await invoke(request);

    // Act
    const retried = await invoke(request);

    // Assess
    expect(retried).toEqual({ result: { id, name: 'Same' } });
  });

  it('leave equalsIgnore attributes out of that comparison, and return the item as it is', async () => {
    // Prepare
    const id = uid('ignored');
    await put({ id: S(id), name: S('Lamp'), version: N(3) });

    // Act
    const outcome = await invoke({
      operation: 'PutItem',
      key: { id: S(id) },
      attributeValues: { name: S('Lamp'), version: N(1) },
      condition: { expression: 'version = :expected', expressionValues: { ':expected': N(7) }, equalsIgnore: ['version'] },
    });

    // Assess
    expect(outcome).toEqual({ result: { id, name: 'Lamp', version: 3 } });
  });

  it('still reject when the items differ outside equalsIgnore', async () => {
    // Prepare
    const id = uid('differs');
    await put({ id: S(id), name: S('Lamp'), version: N(3) });

    // Act
    const outcome = await invoke({
      operation: 'PutItem',
      key: { id: S(id) },
      attributeValues: { name: S('Torch'), version: N(1) },
      condition: { expression: 'version = :expected', expressionValues: { ':expected': N(7) }, equalsIgnore: ['version'] },
    });

    // Assess
    expect(outcome).toEqual(rejected);
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), name: S('Lamp'), version: N(3) });
  });

  it('never count a failed UpdateItem as a success, as AppSync cannot tell its intended result', async () => {
    // Prepare
    const id = uid('update-cond');
    await put({ id: S(id), name: S('Done') });

    // Act
    const outcome = await invoke({
      operation: 'UpdateItem',
      key: { id: S(id) },
      update: { expression: 'SET #name = :name', expressionNames: { '#name': 'name' }, expressionValues: { ':name': S('Done') } },
      condition: {
        expression: '#name = :old',
        expressionNames: { '#name': 'name' },
        expressionValues: { ':old': S('Draft') },
        equalsIgnore: [],
      },
    });

    // Assess
    expect(outcome).toEqual(rejected);
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), name: S('Done') });
  });

  it('count a failed DeleteItem as a success when the item is already gone', async () => {
    const outcome = await invoke({
      operation: 'DeleteItem',
      key: { id: S(uid('gone')) },
      condition: { expression: 'attribute_exists(id)' },
    });

    expect(outcome).toEqual({ result: null });
  });

  it('reject a DeleteItem whose condition fails on an existing item', async () => {
    // Prepare
    const id = uid('kept');
    await put({ id: S(id), version: N(2) });

    // Act
    const outcome = await invoke({
      operation: 'DeleteItem',
      key: { id: S(id) },
      condition: { expression: 'version = :v', expressionValues: { ':v': N(1) } },
    });

    // Assess
    expect(outcome).toEqual(rejected);
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), version: N(2) });
  });

  it('let exactly 10 of 20 concurrent conditional decrements of a counter at 10 succeed', async () => {
    // Prepare
    const id = uid('counter');
    await put({ id: S(id), stock: N(10) });
    const decrement = {
      operation: 'UpdateItem',
      key: { id: S(id) },
      update: { expression: 'SET stock = stock - :one', expressionValues: { ':one': N(1) } },
      condition: { expression: 'stock >= :needed', expressionValues: { ':needed': N(1) } },
    };

    // Act
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => invoke(decrement)));

    // Assess
    expect(outcomes.filter((o) => !o.error)).toHaveLength(10);
    expect(outcomes.filter((o) => o.error?.type === 'DynamoDB:ConditionalCheckFailedException')).toHaveLength(10);
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), stock: N(0) });
  });
});

describe('a DynamoDB that cannot be reached', () => {
  it('fails the call with SdkClientException, naming no local address or port', async () => {
    const port = await freePort();
    const unreachable = dynamoDbDataSource({
      name: 'Unreachable',
      client: new DynamoDBClient({
        endpoint: `http://127.0.0.1:${port}`,
        region: 'local',
        maxAttempts: 1,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
      table: ITEMS,
      grantedTables: [ITEMS],
      tokenKey,
    });

    const outcome = await invoke({ operation: 'GetItem', key: { id: S('x') } }, unreachable);

    expect(outcome.error).toEqual({ type: 'DynamoDB:SdkClientException', message: 'Unable to execute HTTP request: ECONNREFUSED' });
  });
});

describe('placeholders', () => {
  it('refuse an UpdateItem whose update and condition define the same value placeholder, writing nothing', async () => {
    const id = uid('twice');
    await put({ id: S(id), slug: S('old') });

    const outcome = await invoke({
      operation: 'UpdateItem',
      key: { id: S(id) },
      update: { expression: 'SET slug = :slug', expressionValues: { ':slug': S('new') } },
      condition: { expression: 'slug = :slug', expressionValues: { ':slug': S('old') } },
    });

    expect(outcome.error).toEqual({
      type: 'MappingTemplate',
      message:
        "Placeholder ':slug' is defined in both '$[update][expressionValues]' and '$[condition][expressionValues]'; each placeholder may be defined once.",
    });
    expect(requests).toEqual([{ operation: 'BatchWriteItem', tables: [ITEMS] }]);
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), slug: S('old') });
  });

  it('refuse a name placeholder the two define for different attributes, in a transaction item too', async () => {
    const id = uid('twice-names');

    const outcome = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        {
          table: ITEMS,
          operation: 'UpdateItem',
          key: { id: S(id) },
          update: { expression: 'SET #n = :n', expressionNames: { '#n': 'name' }, expressionValues: { ':n': S('x') } },
          condition: { expression: 'attribute_not_exists(#n)', expressionNames: { '#n': 'title' } },
        },
      ],
    });

    expect(outcome.error).toEqual({
      type: 'MappingTemplate',
      message:
        "Placeholder '#n' is defined in both '$[transactItems][0][update][expressionNames]' and '$[transactItems][0][condition][expressionNames]'; each placeholder may be defined once.",
    });
    expect(await stored({ id: S(id) })).toBeUndefined();
  });

  it('accept distinct value placeholders, and a name placeholder both define for the same attribute', async () => {
    const id = uid('distinct');
    await put({ id: S(id), slug: S('old') });

    const outcome = await invoke({
      operation: 'UpdateItem',
      key: { id: S(id) },
      update: { expression: 'SET #slug = :slug', expressionNames: { '#slug': 'slug' }, expressionValues: { ':slug': S('new') } },
      condition: {
        expression: '#slug = :currentSlug',
        expressionNames: { '#slug': 'slug' },
        expressionValues: { ':currentSlug': S('old') },
      },
    });

    expect(outcome).toEqual({ result: { id, slug: 'new' } });
  });
});

describe('Query and Scan', () => {
  it('page through a query with opaque tokens that reveal no key', async () => {
    // Prepare
    const owner = uid('owner');
    const ids = ['a', 'b', 'c', 'd', 'e'].map((letter) => `${owner}-${letter}`);
    for (const id of ids) await put({ id: S(id), owner: S(owner) });
    const request = {
      operation: 'Query',
      index: 'byOwner',
      query: { expression: '#owner = :owner', expressionNames: { '#owner': 'owner' }, expressionValues: { ':owner': S(owner) } },
      limit: 2,
    };

    // Act
    const pages: DataSourceOutcome[] = [];
    let nextToken: string | null = null;
    do {
      const outcome = await invoke({ ...request, ...(nextToken ? { nextToken } : {}) });
      pages.push(outcome);
      nextToken = (outcome.result as { nextToken: string | null }).nextToken;
    } while (nextToken);

    // Assess
    const results = pages.map((p) => p.result as { items: Array<{ id: string }>; nextToken: string | null; scannedCount: number });
    expect(results.flatMap((r) => r.items.map((i) => i.id))).toEqual(ids);
    expect(results.map((r) => r.scannedCount)).toEqual([2, 2, 1]);
    const tokens = results.map((r) => r.nextToken).filter((t): t is string => t !== null);
    expect(tokens).toHaveLength(2);
    for (const token of tokens) expect(Buffer.from(token, 'base64').toString('latin1')).not.toContain(owner);
  });

  it('query backwards with a filter', async () => {
    // Prepare
    const owner = uid('owner');
    for (const [letter, price] of [
      ['a', 1],
      ['b', 20],
      ['c', 30],
    ] as const) {
      await put({ id: S(`${owner}-${letter}`), owner: S(owner), price: N(price) });
    }

    // Act
    const outcome = await invoke({
      operation: 'Query',
      index: 'byOwner',
      query: { expression: '#owner = :owner', expressionNames: { '#owner': 'owner' }, expressionValues: { ':owner': S(owner) } },
      filter: { expression: 'price > :min', expressionValues: { ':min': N(10) } },
      scanIndexForward: false,
    });

    // Assess
    expect(outcome.result).toEqual({
      items: [
        { id: `${owner}-c`, owner, price: 30 },
        { id: `${owner}-b`, owner, price: 20 },
      ],
      nextToken: null,
      scannedCount: 3,
    });
  });

  it('refuse a tampered token, a token sealed with another key and a token of another index', async () => {
    // Prepare
    const owner = uid('owner');
    for (const letter of ['a', 'b']) await put({ id: S(`${owner}-${letter}`), owner: S(owner) });
    const request = {
      operation: 'Query',
      index: 'byOwner',
      query: { expression: '#owner = :owner', expressionNames: { '#owner': 'owner' }, expressionValues: { ':owner': S(owner) } },
      limit: 1,
    };
    const { nextToken } = (await invoke(request)).result as { nextToken: string };
    const envelope = JSON.parse(Buffer.from(nextToken, 'base64').toString()) as { version: number; token: string };
    const sealed = Buffer.from(envelope.token, 'base64');
    sealed[sealed.length - 20] ^= 1;
    const tampered = Buffer.from(JSON.stringify({ ...envelope, token: sealed.toString('base64') })).toString('base64');
    const otherKeySource = dynamoDbDataSource({ name: 'Other', client, table: ITEMS, grantedTables: [ITEMS], tokenKey: randomBytes(32) });
    requests = [];

    // Act
    const outcomes = await Promise.all([
      invoke({ ...request, nextToken: tampered }),
      invoke({ ...request, nextToken: 'not a token' }),
      invoke({ ...request, nextToken }, otherKeySource),
      invoke({ operation: 'Scan', limit: 1, nextToken }),
    ]);

    // Assess
    for (const outcome of outcomes) {
      expect(outcome.error).toEqual({
        type: 'DynamoDB:UserIllegalArgumentException',
        message: 'com.amazonaws.deepdish.common.pagination.InvalidPaginationTokenException: Invalid pagination token given.',
      });
    }
    expect(requests).toEqual([]);
  });

  it('scan a table in parallel segments that together cover it', async () => {
    // Prepare
    const owner = uid('scan');
    const ids = Array.from({ length: 6 }, (_, i) => `${owner}-${i}`);
    for (const id of ids) await put({ id: S(id), owner: S(owner) });
    const filter = { expression: '#owner = :owner', expressionNames: { '#owner': 'owner' }, expressionValues: { ':owner': S(owner) } };

    // Act
    const segments = await Promise.all(
      [0, 1].map((segment) => invoke({ operation: 'Scan', filter, segment, totalSegments: 2, consistentRead: true })),
    );

    // Assess
    const found = segments.flatMap((s) => (s.result as { items: Array<{ id: string }> }).items.map((i) => i.id));
    expect(found.sort()).toEqual(ids);
  });
});

describe('batch operations', () => {
  it('put, get and delete across two tables, results in request order', async () => {
    // Prepare
    const id = uid('batch');
    const entry = { pk: S(id), sk: S('1'), amount: N(5) };

    // Act
    const putOutcome = await invoke({
      operation: 'BatchPutItem',
      tables: {
        [ITEMS]: [
          { id: S(`${id}-1`), name: S('one') },
          { id: S(`${id}-2`), name: S('two') },
        ],
        [LEDGER]: [entry],
      },
    });
    const getOutcome = await invoke({
      operation: 'BatchGetItem',
      tables: {
        [ITEMS]: { keys: [{ id: S(`${id}-2`) }, { id: S(`${id}-missing`) }, { id: S(`${id}-1`) }], consistentRead: true },
        [LEDGER]: { keys: [{ pk: S(id), sk: S('1') }], projection: { expression: 'amount' } },
      },
    });
    const deleteOutcome = await invoke({
      operation: 'BatchDeleteItem',
      tables: { [ITEMS]: [{ id: S(`${id}-1`) }], [LEDGER]: [{ pk: S(id), sk: S('1') }] },
    });

    // Assess
    expect(putOutcome).toEqual({
      result: {
        data: {
          [ITEMS]: [
            { id: `${id}-1`, name: 'one' },
            { id: `${id}-2`, name: 'two' },
          ],
          [LEDGER]: [{ pk: id, sk: '1', amount: 5 }],
        },
        unprocessedItems: { [ITEMS]: [], [LEDGER]: [] },
      },
    });
    expect(getOutcome).toEqual({
      result: {
        data: { [ITEMS]: [{ id: `${id}-2`, name: 'two' }, null, { id: `${id}-1`, name: 'one' }], [LEDGER]: [{ amount: 5 }] },
        unprocessedKeys: { [ITEMS]: [], [LEDGER]: [] },
      },
    });
    expect(deleteOutcome).toEqual({
      result: { data: { [ITEMS]: [{ id: `${id}-1` }], [LEDGER]: [{ pk: id, sk: '1' }] }, unprocessedKeys: { [ITEMS]: [], [LEDGER]: [] } },
    });
    expect(await stored({ id: S(`${id}-1`) })).toBeUndefined();
    expect(await stored({ id: S(`${id}-2`) })).toBeDefined();
  });
});

describe('transactions', () => {
  it('write across two tables and return the keys in request order', async () => {
    // Prepare
    const id = uid('tx');
    await put({ id: S(id), stock: N(3) });

    // Act
    const outcome = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        {
          table: ITEMS,
          operation: 'UpdateItem',
          key: { id: S(id) },
          update: { expression: 'SET stock = stock - :n', expressionValues: { ':n': N(2) } },
          condition: { expression: 'stock >= :needed', expressionValues: { ':needed': N(2) } },
        },
        { table: LEDGER, operation: 'PutItem', key: { pk: S(id), sk: S('reserve') }, attributeValues: { amount: N(2) } },
      ],
    });

    // Assess
    expect(outcome).toEqual({ result: { keys: [{ id }, { pk: id, sk: 'reserve' }], cancellationReasons: null } });
    expect(await stored({ id: S(id) })).toEqual({ id: S(id), stock: N(1) });
  });

  it('cancel as a whole, with a reason per item and the item that failed its condition', async () => {
    // Prepare
    const id = uid('tx-cancel');
    await put({ id: S(id), stock: N(1) });

    // Act
    const outcome = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: LEDGER, operation: 'PutItem', key: { pk: S(id), sk: S('reserve') }, attributeValues: { amount: N(2) } },
        {
          table: ITEMS,
          operation: 'ConditionCheck',
          key: { id: S(id) },
          condition: { expression: 'stock >= :n', expressionValues: { ':n': N(2) } },
        },
      ],
    });

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:TransactionCanceledException');
    expect(outcome.error?.message).toMatch(/\[None, ConditionalCheckFailed\] \(Service: DynamoDb, Status Code: 400, Request ID: .+\)$/);
    expect(outcome.result).toEqual({
      keys: null,
      cancellationReasons: [
        { type: 'None', message: null },
        { type: 'ConditionalCheckFailed', message: expect.stringMatching(/^The conditional request failed/), item: { id, stock: 1 } },
      ],
    });
    expect(await stored({ pk: S(id), sk: S('reserve') }, LEDGER)).toBeUndefined();
  });

  it('leave the failing item out of its reason when asked to', async () => {
    const id = uid('tx-quiet');
    await put({ id: S(id), stock: N(1) });

    const outcome = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        {
          table: ITEMS,
          operation: 'ConditionCheck',
          key: { id: S(id) },
          condition: { expression: 'stock >= :n', expressionValues: { ':n': N(2) }, returnValuesOnConditionCheckFailure: false },
        },
      ],
    });

    expect((outcome.result as { cancellationReasons: unknown[] }).cancellationReasons).toEqual([
      { type: 'ConditionalCheckFailed', message: expect.stringMatching(/^The conditional request failed/) },
    ]);
  });

  it('read across two tables, null for a missing item', async () => {
    // Prepare
    const id = uid('tx-get');
    await put({ id: S(id), name: S('Item') });
    await put({ pk: S(id), sk: S('1'), amount: N(4) }, LEDGER);

    // Act
    const outcome = await invoke({
      operation: 'TransactGetItems',
      transactItems: [
        { table: LEDGER, key: { pk: S(id), sk: S('1') } },
        { table: ITEMS, key: { id: S(`${id}-missing`) } },
        { table: ITEMS, key: { id: S(id) } },
      ],
    });

    // Assess
    expect(outcome).toEqual({
      result: { items: [{ pk: id, sk: '1', amount: 4 }, null, { id, name: 'Item' }], cancellationReasons: null },
    });
  });
});

describe("the data source role's grants", () => {
  const deniedMessage = (action: string, table: string) =>
    new RegExp(
      `^User: arn:aws:sts::\\d{12}:assumed-role/\\S+/APPSYNC_ASSUME_ROLE is not authorized to perform: dynamodb:${action} ` +
        `on resource: arn:aws:dynamodb:local:\\d{12}:table/${table} because no identity-based policy allows the dynamodb:${action} action ` +
        `\\(Service: DynamoDb, Status Code: 400, Request ID: [0-9A-Z]{52}\\)$`,
    );

  it('deny writes to a read-only data source before sending anything', async () => {
    // Prepare
    const id = uid('readonly');

    // Act
    const outcome = await invoke({ operation: 'PutItem', key: { id: S(id) }, attributeValues: {} }, itemsReadOnly);

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:DynamoDbException');
    expect(outcome.error?.message).toMatch(deniedMessage('PutItem', ITEMS));
    expect(requests).toEqual([]);
    expect(await stored({ id: S(id) })).toBeUndefined();
  });

  it('let a read-only data source read, and check conditions in a transaction', async () => {
    // Prepare
    const id = uid('readonly-read');
    await put({ id: S(id), stock: N(1) });

    // Act
    const read = await invoke({ operation: 'GetItem', key: { id: S(id) }, consistentRead: true }, itemsReadOnly);
    const check = await invoke(
      {
        operation: 'TransactWriteItems',
        transactItems: [
          { table: ITEMS, operation: 'ConditionCheck', key: { id: S(id) }, condition: { expression: 'attribute_exists(id)' } },
        ],
      },
      itemsReadOnly,
    );

    // Assess
    expect(read).toEqual({ result: { id, stock: 1 } });
    expect(check).toEqual({ result: { keys: [{ id }], cancellationReasons: null } });
  });

  it('deny a table the role was not granted, even in a batch with granted ones', async () => {
    const outcome = await invoke({
      operation: 'BatchGetItem',
      tables: { [ITEMS]: { keys: [{ id: S('x') }] }, [SECRETS]: { keys: [{ id: S('x') }] } },
    });

    expect(outcome.error?.message).toMatch(deniedMessage('BatchGetItem', SECRETS));
    expect(requests).toEqual([]);
  });

  it('name the index in a denied query', async () => {
    const outcome = await invoke(
      {
        operation: 'Query',
        index: 'byOwner',
        query: { expression: '#o = :o', expressionNames: { '#o': 'owner' }, expressionValues: { ':o': S('x') } },
      },
      dynamoDbDataSource({ name: 'Nothing', client, table: ITEMS, grantedTables: [], tokenKey }),
    );

    expect(outcome.error?.message).toMatch(deniedMessage('Query', `${ITEMS}/index/byOwner`));
  });
});

describe('requests to DynamoDB', () => {
  it('are exactly one per invocation, whatever the operation and outcome', async () => {
    // Prepare
    const id = uid('count');
    const calls = [
      { operation: 'PutItem', key: { id: S(id) }, attributeValues: { n: N(1) }, condition: { expression: 'attribute_not_exists(id)' } },
      { operation: 'PutItem', key: { id: S(id) }, attributeValues: { n: N(2) }, condition: { expression: 'attribute_not_exists(id)' } },
      { operation: 'GetItem', key: { id: S(id) } },
      { operation: 'UpdateItem', key: { id: S(id) }, update: { expression: 'SET n = :n', expressionValues: { ':n': N(3) } } },
      { operation: 'Query', query: { expression: 'id = :id', expressionValues: { ':id': S(id) } } },
      { operation: 'Scan', limit: 1 },
      { operation: 'BatchGetItem', tables: { [ITEMS]: { keys: [{ id: S(id) }] }, [LEDGER]: { keys: [{ pk: S(id), sk: S('x') }] } } },
      { operation: 'BatchPutItem', tables: { [LEDGER]: [{ pk: S(id), sk: S('x') }] } },
      { operation: 'BatchDeleteItem', tables: { [LEDGER]: [{ pk: S(id), sk: S('x') }] } },
      { operation: 'TransactGetItems', transactItems: [{ table: ITEMS, key: { id: S(id) } }] },
      { operation: 'TransactWriteItems', transactItems: [{ table: ITEMS, operation: 'DeleteItem', key: { id: S(id) } }] },
      { operation: 'DeleteItem', key: { id: S(id) } },
    ];

    // Act
    const perCall: Array<typeof requests> = [];
    for (const call of calls) {
      requests = [];
      await invoke(call);
      perCall.push(requests);
    }

    // Assess
    expect(perCall).toEqual([
      [{ operation: 'PutItem', tables: [ITEMS] }],
      [{ operation: 'PutItem', tables: [ITEMS] }],
      [{ operation: 'GetItem', tables: [ITEMS] }],
      [{ operation: 'UpdateItem', tables: [ITEMS] }],
      [{ operation: 'Query', tables: [ITEMS] }],
      [{ operation: 'Scan', tables: [ITEMS] }],
      [{ operation: 'BatchGetItem', tables: [ITEMS, LEDGER] }],
      [{ operation: 'BatchWriteItem', tables: [LEDGER] }],
      [{ operation: 'BatchWriteItem', tables: [LEDGER] }],
      [{ operation: 'TransactGetItems', tables: [ITEMS] }],
      [{ operation: 'TransactWriteItems', tables: [ITEMS] }],
      [{ operation: 'DeleteItem', tables: [ITEMS] }],
    ]);
  });
});

describe('malformed requests', () => {
  it.each([
    ['no operation', { key: { id: S('x') } }, "Value for field '$[operation]' not found."],
    ['no key', { operation: 'GetItem' }, "Value for field '$[key]' not found."],
    [
      'a plain value as attribute value',
      { operation: 'GetItem', key: { id: 'x' } },
      "Expected JSON object for attribute value '$[key][id]' but got 'STRING' instead.",
    ],
    ['an unknown operation', { operation: 'Fetch', key: { id: S('x') } }, "Unsupported operation 'Fetch'."],
    ['no update expression', { operation: 'UpdateItem', key: { id: S('x') } }, "Value for field '$[update]' not found."],
    [
      'a transaction item without table',
      { operation: 'TransactGetItems', transactItems: [{ key: { id: S('x') } }] },
      "Value for field '$[transactItems][0][table]' not found.",
    ],
  ])('give a MappingTemplate error for %s, sending nothing', async (_, request, message) => {
    const outcome = await invoke(request);

    expect(outcome).toEqual({ error: { type: 'MappingTemplate', message } });
    expect(requests).toEqual([]);
  });

  it("pass DynamoDB's own validation errors on as AppSync does", async () => {
    // Prepare
    const key = { wrong: S('x') };
    const dynamoDbMessage = await client.send(new GetItemCommand({ TableName: ITEMS, Key: key })).then(
      () => 'accepted',
      (error: Error) => error.message,
    );

    // Act
    const outcome = await invoke({ operation: 'GetItem', key });

    // Assess
    expect(outcome.error?.type).toBe('DynamoDB:DynamoDbException');
    expect(outcome.error?.message).toMatch(/ \(Service: DynamoDb, Status Code: 400, Request ID: .+\)$/);
    expect(outcome.error?.message.startsWith(`${dynamoDbMessage} (Service`)).toBe(true);
  });
});
