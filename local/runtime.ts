import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableEnvName, type ApiDeclaration, type SourceApiDeclaration } from '../infra/declaration.ts';
import { bundleApi, type Bundle } from './bundle.ts';
import { Sandbox } from './appsync-js/sandbox.ts';
import { appsyncModules } from './appsync-js/modules.ts';
import { checkResolverCode, type CodeDiagnostic } from './appsync-js/static-check.ts';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb/local-server.ts';
import { createTables, describeTables, physicalTableName } from './dynamodb/tables.ts';
import { createDataSource } from './datasources/index.ts';
import type { DataSource } from './datasources/types.ts';
import { Executor } from './graphql/executor.ts';
import { buildAppSyncSchema, readSchemaSdl } from './graphql/schema.ts';
import { apiKeyAuthenticator, type ApiKey } from './auth/api-key.ts';
import { createHttpServer, listen, type GraphQLEndpoint } from './http/server.ts';
import { DeclarationError, describeServed, planResolvers, type ServedApi } from './served-api.ts';

export interface LocalRuntimeOptions {
  api: ApiDeclaration;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Use this DynamoDB instead of starting DynamoDB Local (default: AWS_ENDPOINT_URL_DYNAMODB). */
  dynamoDbEndpoint?: string;
  /** Keep DynamoDB Local's data in this folder across restarts. */
  dataDir?: string;
  /** Prefix of physical table names, e.g. `videoshops-local-`. */
  tablePrefix?: string;
  apiKey?: string;
  /** Called once the tables exist and before serving, to write demo data. */
  seed?: (env: { client: DynamoDBClient; tableName: (logical: string) => string }) => Promise<void>;
  /** Progress lines while starting. */
  progress?: (message: string) => void;
  /** Observes each DynamoDB request (tests count requests per operation). */
  onDynamoDbRequest?: (call: { operation: string; tables: string[] }) => void;
}

export interface LocalRuntime {
  url: string;
  port: number;
  apiKey: string;
  dynamoDbEndpoint: string;
  dynamoDb: DynamoDBClient;
  tableName(logical: string): string;
  served(): ServedApi[];
  stop(): Promise<void>;
}

/** A resolver bundle AppSync would refuse at deploy time; the runtime refuses it at load. */
export class CodeRejectedError extends Error {
  constructor(readonly diagnostics: Map<string, CodeDiagnostic[]>) {
    super(
      [...diagnostics]
        .filter(([, d]) => d.length)
        .map(([file, d]) => `${file}: The code contains one or more errors.\n${d.map((x) => `  ${x.text}`).join('\n')}`)
        .join('\n'),
    );
    this.name = 'CodeRejectedError';
  }
}

/**
 * Starts the whole API locally: DynamoDB (Local unless given), the declared tables, the
 * bundled and checked resolvers in the APPSYNC_JS sandbox, and AppSync's HTTP endpoint.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const progress = options.progress ?? (() => {});
  const cleanup: (() => Promise<void>)[] = [];
  try {
    progress('Bundling resolvers with esbuild');
    const bundles = bundleApi(options.api);

    progress('Checking resolver code as AppSync does at deploy');
    const diagnostics = await checkResolverCode([...bundles.values()].map((b) => ({ name: b.sourceFile, code: b.code })));
    if ([...diagnostics.values()].some((d) => d.length)) throw new CodeRejectedError(diagnostics);

    const endpoint = options.dynamoDbEndpoint ?? process.env.AWS_ENDPOINT_URL_DYNAMODB;
    let db: DynamoDbLocal | undefined;
    if (!endpoint) {
      progress(options.dataDir ? `Starting DynamoDB Local (data kept in ${options.dataDir})` : 'Starting DynamoDB Local (in memory)');
      db = await startDynamoDbLocal({ dataDir: options.dataDir });
      cleanup.push(() => db!.stop());
    }
    const dynamoDbEndpoint = endpoint ?? db!.endpoint;
    const client = new DynamoDBClient({
      endpoint: dynamoDbEndpoint,
      region: process.env.AWS_REGION ?? 'us-east-1',
      credentials: endpoint && process.env.AWS_ACCESS_KEY_ID ? undefined : { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    cleanup.push(async () => client.destroy());

    const prefix = options.tablePrefix ?? `${options.api.name}-local-`;
    const tableName = (logical: string) => physicalTableName(prefix, logical);
    progress(`Creating ${options.api.tables.length} tables`);
    await createTables(client, options.api.tables, prefix);
    const tables = await describeTables(client, options.api.tables, prefix);
    if (options.seed) {
      progress('Seeding demo data');
      await options.seed({ client, tableName });
    }

    progress('Loading resolvers into the APPSYNC_JS runtime');
    const sandbox = new Sandbox(appsyncModules);
    const env = Object.fromEntries(options.api.tables.map((t) => [tableEnvName(t.name), tableName(t.name)]));
    const tokenKey = randomBytes(32);
    const apiKey: ApiKey = { id: options.apiKey ?? `da2-${randomBytes(13).toString('hex')}`, expires: Date.now() / 1000 + 365 * 86400 };
    const served: ServedApi[] = [];
    const endpoints: GraphQLEndpoint[] = [];
    for (const source of options.api.sourceApis) {
      const executor = buildExecutor(source, bundles, sandbox, env, (ds) =>
        createDataSource(ds, { dynamoDb: client, tableName, tokenKey, onDynamoDbRequest: options.onDynamoDbRequest }),
      );
      served.push(describeServed(source, bundles, tables));
      const path = options.api.sourceApis.length === 1 ? '/graphql' : `/source/${source.name}/graphql`;
      endpoints.push({ path, executor: () => executor, authenticator: apiKeyAuthenticator([apiKey]) });
    }

    const server: Server = createHttpServer(endpoints);
    const host = options.host ?? '127.0.0.1';
    const port = await listen(server, options.port ?? 4000, host);
    cleanup.push(() => closeServer(server));
    progress(`Serving on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`);

    return {
      url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`,
      port,
      apiKey: apiKey.id,
      dynamoDbEndpoint,
      dynamoDb: client,
      tableName,
      served: () => served,
      stop: () => runCleanup(cleanup),
    };
  } catch (e) {
    await runCleanup(cleanup);
    throw e;
  }
}

function buildExecutor(
  source: SourceApiDeclaration,
  bundles: Map<string, Bundle>,
  sandbox: Sandbox,
  env: Record<string, string>,
  createDataSource: (ds: SourceApiDeclaration['dataSources'][number]) => DataSource,
): Executor {
  const schema = buildAppSyncSchema(readSchemaSdl(source.schemaFiles));
  const names = new Set<string>();
  for (const ds of source.dataSources) {
    if (names.has(ds.name)) throw new DeclarationError(`Data source '${ds.name}' is declared twice in '${source.name}'.`);
    names.add(ds.name);
  }
  const dataSources = new Map(source.dataSources.map((ds) => [ds.name, createDataSource(ds)]));
  const resolvers = planResolvers(source, schema, bundles, sandbox, dataSources);
  return new Executor({ schema, sandbox, resolvers, env });
}

async function runCleanup(cleanup: (() => Promise<void>)[]) {
  for (const step of cleanup.splice(0).reverse()) {
    try {
      await step();
    } catch {
      // Keep stopping the rest: nothing started may be left running.
    }
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
