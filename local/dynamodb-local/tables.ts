import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
  type Projection,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import type { GlobalSecondaryIndexDeclaration, KeyAttribute, KeyType, TableDeclaration } from '../../model/declaration.ts';
import { physicalTableName } from '../../model/table-names.ts';

/**
 * Creates the declared tables with their keys and GSIs (PAY_PER_REQUEST), skipping those that exist;
 * waits until ACTIVE. Resolves with the tables as they exist, as describeTables describes them.
 */
export async function createTables(client: DynamoDBClient, tables: TableDeclaration[], prefix: string): Promise<TableDeclaration[]> {
  return Promise.all(tables.map((table) => createTable(client, table, physicalTableName(prefix, table.name))));
}

async function createTable(client: DynamoDBClient, table: TableDeclaration, name: string): Promise<TableDeclaration> {
  const existed = (await describe(client, name)) !== undefined;
  if (!existed) {
    try {
      await client.send(new CreateTableCommand(createTableInput(table, name)));
    } catch (error) {
      // Another process (a second runtime, a parallel test file) created it first: that is fine.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  const active = await waitUntilActive(client, name);
  const ttl = await timeToLiveAttribute(client, name);
  if (existed || ttl || !table.timeToLiveAttribute) return tableDeclarationOf(table, active, ttl);
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
    }),
  );
  return tableDeclarationOf(table, active, table.timeToLiveAttribute);
}

function createTableInput(table: TableDeclaration, name: string) {
  const indexes = table.globalSecondaryIndexes ?? [];
  const keyAttributes = [table.partitionKey, table.sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])].filter(
    (a): a is KeyAttribute => a !== undefined,
  );
  const definitions = new Map<string, AttributeDefinition>();
  for (const attribute of keyAttributes) {
    const known = definitions.get(attribute.name);
    if (known && known.AttributeType !== attribute.type) {
      throw new Error(`Table ${table.name}: attribute '${attribute.name}' is declared both ${known.AttributeType} and ${attribute.type}`);
    }
    definitions.set(attribute.name, { AttributeName: attribute.name, AttributeType: attribute.type });
  }
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...definitions.values()],
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    GlobalSecondaryIndexes: indexes.length
      ? indexes.map((index): GlobalSecondaryIndex => ({
          IndexName: index.name,
          KeySchema: keySchema(index.partitionKey, index.sortKey),
          Projection: projection(index.projection),
        }))
      : undefined,
  };
}

const keySchema = (partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] => [
  { AttributeName: partitionKey.name, KeyType: 'HASH' },
  ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' as const }] : []),
];

function projection(declared: GlobalSecondaryIndexDeclaration['projection']): Projection {
  if (declared === undefined || declared === 'ALL') return { ProjectionType: 'ALL' };
  if (declared === 'KEYS_ONLY') return { ProjectionType: 'KEYS_ONLY' };
  return { ProjectionType: 'INCLUDE', NonKeyAttributes: declared };
}

async function describe(client: DynamoDBClient, name: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

const POLL_MS = 100;
const ACTIVE_TIMEOUT_MS = 120_000;

async function waitUntilActive(client: DynamoDBClient, name: string): Promise<TableDescription> {
  const deadline = Date.now() + ACTIVE_TIMEOUT_MS;
  for (;;) {
    const table = await describe(client, name);
    const active = table?.TableStatus === 'ACTIVE' && (table.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (table && active) return table;
    if (Date.now() > deadline) throw new Error(`Table ${name} did not become ACTIVE (status ${table?.TableStatus ?? 'missing'})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function timeToLiveAttribute(client: DynamoDBClient, name: string): Promise<string | undefined> {
  const { TimeToLiveDescription: ttl } = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
  return ttl?.TimeToLiveStatus === 'ENABLED' || ttl?.TimeToLiveStatus === 'ENABLING' ? ttl.AttributeName : undefined;
}

/**
 * Describes the tables as they exist (keys, GSIs, projections, TTL) in the declaration's shape,
 * for the CDK drift test. Defaults are left out as the declaration leaves them out (an ALL
 * projection, no GSIs, no TTL), and GSIs follow the declared order, so an unchanged table
 * describes as exactly its declaration.
 */
export async function describeTables(client: DynamoDBClient, tables: TableDeclaration[], prefix: string): Promise<TableDeclaration[]> {
  const described = await Promise.all(
    tables.map(async (declared) => {
      const name = physicalTableName(prefix, declared.name);
      const table = await describe(client, name);
      return table ? tableDeclarationOf(declared, table, await timeToLiveAttribute(client, name)) : name;
    }),
  );
  const missing = described.filter((d): d is string => typeof d === 'string');
  if (missing.length) throw new Error(`Declared tables do not exist: ${missing.join(', ')}`);
  return described as TableDeclaration[];
}

function tableDeclarationOf(declared: TableDeclaration, table: TableDescription, ttl: string | undefined): TableDeclaration {
  const types = new Map((table.AttributeDefinitions ?? []).map((d) => [d.AttributeName!, d.AttributeType as KeyType]));
  const keys = (schema: KeySchemaElement[] | undefined) => {
    const attribute = (role: 'HASH' | 'RANGE') => {
      const element = schema?.find((k) => k.KeyType === role);
      return element && { name: element.AttributeName!, type: types.get(element.AttributeName!)! };
    };
    const partitionKey = attribute('HASH')!;
    const sortKey = attribute('RANGE');
    return sortKey ? { partitionKey, sortKey } : { partitionKey };
  };
  const declaredOrder = (declared.globalSecondaryIndexes ?? []).map((i) => i.name);
  const rank = (name: string) => (declaredOrder.includes(name) ? declaredOrder.indexOf(name) : declaredOrder.length);
  const indexes = (table.GlobalSecondaryIndexes ?? [])
    .map((index): GlobalSecondaryIndexDeclaration => {
      const projected = describedProjection(index.Projection);
      return { name: index.IndexName!, ...keys(index.KeySchema), ...(projected ? { projection: projected } : {}) };
    })
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  return {
    name: declared.name,
    ...keys(table.KeySchema),
    ...(indexes.length ? { globalSecondaryIndexes: indexes } : {}),
    ...(ttl ? { timeToLiveAttribute: ttl } : {}),
  };
}

function describedProjection(projection: Projection | undefined): GlobalSecondaryIndexDeclaration['projection'] {
  switch (projection?.ProjectionType) {
    case 'KEYS_ONLY':
      return 'KEYS_ONLY';
    case 'INCLUDE':
      return projection.NonKeyAttributes ?? [];
    default:
      return undefined;
  }
}
