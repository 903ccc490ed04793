import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ApiDeclaration, TableDeclaration } from '../../model/declaration.ts';
import { freePort, loopbackEndpoint, startDynamoDbLocal, type DynamoDbLocal } from '../dynamodb-local/local-server.ts';
import { createTables } from '../dynamodb-local/tables.ts';
import { LOCAL_STAGE, physicalTableName, tablePrefix } from '../../model/table-names.ts';

export interface StorageOptions {
  api: ApiDeclaration;
  /** Use this DynamoDB instead of starting DynamoDB Local (default: AWS_ENDPOINT_URL_DYNAMODB). */
  dynamoDbEndpoint?: string;
  /** Keep DynamoDB Local's data in this folder across restarts. */
  dataDir?: string;
  onDynamoDbLocalExit?: (error: Error) => void;
  /** Prefix of physical table names (default `<api>-local-`). */
  tablePrefix?: string;
  /** Writes data once the tables exist. */
  seed?: (env: { client: DynamoDBClient; tableName: (logical: string) => string }) => Promise<void>;
  region: string;
  progress: (message: string) => void;
}

/**
 * DynamoDB with the API's tables. Its endpoint, client and table names are known at once, so
 * data sources can be built while DynamoDB Local starts; `ready` settles once it answers with the
 * tables created (and seeded).
 */
export interface Storage {
  endpoint: string;
  client: DynamoDBClient;
  tableName(logical: string): string;
  /** The tables as they exist, for `served()`. */
  ready: Promise<TableDeclaration[]>;
  /** Also once `ready` failed, or before it settled. */
  stop(): Promise<void>;
}

export async function openStorage(options: StorageOptions): Promise<Storage> {
  const given = options.dynamoDbEndpoint ?? process.env.AWS_ENDPOINT_URL_DYNAMODB;
  const port = given ? undefined : await freePort();
  const endpoint = given ?? loopbackEndpoint(port!);
  const client = new DynamoDBClient({
    endpoint,
    region: options.region,
    credentials: given && process.env.AWS_ACCESS_KEY_ID ? undefined : { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const prefix = options.tablePrefix ?? tablePrefix(options.api, LOCAL_STAGE);
  const tableName = (logical: string) => physicalTableName(prefix, logical);
  let db: DynamoDbLocal | undefined;

  const ready = (async () => {
    if (port !== undefined) {
      options.progress(
        options.dataDir ? `Starting DynamoDB Local (data kept in ${options.dataDir})` : 'Starting DynamoDB Local (in memory)',
      );
      db = await startDynamoDbLocal({ port, dataDir: options.dataDir, onExit: options.onDynamoDbLocalExit });
    }
    options.progress(`Creating ${options.api.tables.length} tables`);
    const tables = await createTables(client, options.api.tables, prefix);
    if (options.seed) {
      options.progress('Seeding demo data');
      await options.seed({ client, tableName });
    }
    return tables;
  })();
  // Whoever opened storage awaits `ready`, unless something else failed first and it stops instead.
  ready.catch(() => {});

  return {
    endpoint,
    client,
    tableName,
    ready,
    async stop() {
      await ready.catch(() => {});
      client.destroy();
      await db?.stop();
    },
  };
}
