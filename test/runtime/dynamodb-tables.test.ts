import { afterAll, describe, expect, inject, it } from 'vitest';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { TableDeclaration } from '../../model/declaration.ts';
import { createTables, describeTables } from '../../local/dynamodb-local/tables.ts';
import { physicalTableName } from '../../model/table-names.ts';
import { fixtureApi } from '../../model/fixture/api.ts';

// Unique per run so a long-lived DynamoDB (AWS_ENDPOINT_URL_DYNAMODB) never carries tables over.
const prefix = `tablesTest${Date.now().toString(36)}-`;

const client = new DynamoDBClient({
  endpoint: inject('dynamoDbEndpoint'),
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

afterAll(() => client.destroy());

describe('physicalTableName', () => {
  it('prefixes the logical name', () => {
    expect(physicalTableName('dev-', 'Shops')).toBe('dev-Shops');
  });

  it('refuses a name DynamoDB would refuse', () => {
    expect(() => physicalTableName('', 'ab')).toThrow(/naming rule/);
    expect(() => physicalTableName('dev/', 'Shops')).toThrow(/naming rule/);
  });
});

describe('createTables and describeTables', () => {
  it('create the fixture tables, which then describe as exactly their declaration', async () => {
    // Prepare
    const tables = fixtureApi.tables;

    // Act
    await createTables(client, tables, `${prefix}fixture-`);
    const described = await describeTables(client, tables, `${prefix}fixture-`);

    // Assess
    expect(described).toStrictEqual(tables);
  });

  it('create every projection kind and the time-to-live attribute', async () => {
    // Prepare
    const tables: TableDeclaration[] = [
      {
        name: 'Orders',
        partitionKey: { name: 'pk', type: 'S' },
        sortKey: { name: 'placedAt', type: 'N' },
        timeToLiveAttribute: 'expiresAt',
        globalSecondaryIndexes: [
          {
            name: 'byBuyer',
            partitionKey: { name: 'buyer', type: 'S' },
            sortKey: { name: 'placedAt', type: 'N' },
            projection: ['total', 'status'],
          },
          { name: 'byStatus', partitionKey: { name: 'status', type: 'S' }, projection: 'KEYS_ONLY' },
          { name: 'byCode', partitionKey: { name: 'code', type: 'B' } },
        ],
      },
    ];

    // Act
    await createTables(client, tables, `${prefix}kinds-`);
    const described = await describeTables(client, tables, `${prefix}kinds-`);

    // Assess
    expect(described).toStrictEqual(tables);
  });

  it('skip tables that already exist and keep their items', async () => {
    // Prepare
    const tables = fixtureApi.tables;
    const itemsTable = physicalTableName(`${prefix}again-`, 'FixtureItems');
    await createTables(client, tables, `${prefix}again-`);
    await client.send(new PutItemCommand({ TableName: itemsTable, Item: { id: { S: 'kept' } } }));

    // Act
    await createTables(client, tables, `${prefix}again-`);

    // Assess
    const { Item } = await client.send(new GetItemCommand({ TableName: itemsTable, Key: { id: { S: 'kept' } } }));
    expect(Item).toEqual({ id: { S: 'kept' } });
    expect(await describeTables(client, tables, `${prefix}again-`)).toStrictEqual(tables);
  });

  it('describe missing tables as an error naming each of them', async () => {
    await expect(describeTables(client, fixtureApi.tables, `${prefix}never-`)).rejects.toThrow(
      `Declared tables do not exist: ${prefix}never-FixtureItems, ${prefix}never-FixtureLedger`,
    );
  });
});
