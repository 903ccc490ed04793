import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableEnvName, type ApiDeclaration } from '../model/declaration.ts';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local/local-server.ts';
import { createTables, describeTables, physicalTableName } from './dynamodb-local/tables.ts';
import { createDataSource } from './datasources/index.ts';
import { createLocalAuth, type LocalAuth, type LocalAuthOptions } from './auth/local-auth.ts';
import { createHttpServer, listen, type GraphQLEndpoint } from './http/server.ts';
import type { ServedApi } from './served-api.ts';
import { loadApis, type LoadContext, type LoadedApis, type RuntimeLimits } from './api-loader.ts';
import { QUERY_LIMITS } from '../model/query-limits.ts';
import { watchForChanges, watchedPaths } from './watch.ts';
import { evaluateCodeRoute } from './evaluate-code/route.ts';
import { CodeEvaluator } from './evaluate-code/evaluator.ts';
import { IsolatedSandbox } from './appsync-js/isolation/isolated-sandbox.ts';
import { RequestLog, pipelineResolversOf, type RequestLogOptions, type RequestSummary } from './logging/request-log.ts';
import { startLambdaHost, type LambdaHost } from './lambda/host.ts';
import { RealtimeEndpoint } from './realtime/pubsub-hub.ts';
import { attachRealtime, realtimePath, type RealtimeOptions } from './realtime/server.ts';
import { localTls } from './tls.ts';
import { MERGED_API_KEY, MERGED_API_PATH, sourceApiPath } from './federation/endpoints.ts';
import { mergedPipelineResolvers, type ServedMergedApi } from './federation/served-merged-api.ts';
import { demoUsers } from '../demo/users.ts';

export { CodeRejectedError } from './api-loader.ts';

export interface LocalRuntimeOptions {
  api: ApiDeclaration;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Use this DynamoDB instead of starting DynamoDB Local (default: AWS_ENDPOINT_URL_DYNAMODB). */
  dynamoDbEndpoint?: string;
  /** Keep DynamoDB Local's data in this folder across restarts. */
  dataDir?: string;
  /** Called if the DynamoDB Local it started dies while serving: every DynamoDB request fails from then on. */
  onDynamoDbLocalExit?: (error: Error) => void;
  /** Prefix of physical table names, e.g. `videoshops-local-`. */
  tablePrefix?: string;
  apiKey?: string;
  /** Holds state that outlives a run (the user pool's signing key); default `.videoshops/`. */
  stateDir?: string;
  /** Users of the local user pool (default: the demo users). */
  users?: LocalAuthOptions['users'];
  userPool?: LocalAuthOptions['userPool'];
  /** Called once the tables exist and before serving, to write demo data. */
  seed?: (env: { client: DynamoDBClient; tableName: (logical: string) => string }) => Promise<void>;
  /** Progress lines while starting. */
  progress?: (message: string) => void;
  /** Observes each DynamoDB request (tests count requests per operation). */
  onDynamoDbRequest?: (call: { operation: string; tables: string[] }) => void;
  /** Field-level request logs: level, terminal and JSON-lines sinks (default: nothing written). */
  logging?: RequestLogOptions;
  /** Reload schemas and resolvers in place when their files change. */
  watch?: boolean;
  onReload?: (outcome: { ok: true } | { ok: false; error: Error }) => void;
  /** Each line the Lambda functions log (default: stdout, prefixed with the function's name). */
  onLambdaLog?: (functionName: string, line: string) => void;
  /** Real-time WebSocket settings (keep-alive interval). */
  realtime?: RealtimeOptions;
  /** Serve HTTPS and WSS with a self-signed certificate kept in `stateDir` (Amplify JS always derives `wss://`). */
  tls?: boolean;
  /**
   * What a request may use (default: AppSync's 30 s, and the deployed stages' query depth and
   * resolver count, model/query-limits.ts) and each sandbox process's heap (default 512 MiB).
   */
  limits?: RuntimeLimits;
}

export interface LocalRuntime {
  /** The public endpoint: the Merged API (`/graphql`). */
  url: string;
  /** AppSync's real-time WebSocket endpoint (`ws(s)://…/graphql/realtime`). */
  realtimeUrl: string;
  /** With `tls`: the certificate's PEM file, for `NODE_EXTRA_CA_CERTS` or a browser to trust. */
  tlsCertificateFile?: string;
  port: number;
  apiKey: string;
  /** The local user pool, IAM principals and API key the runtime authorizes with. */
  auth: LocalAuth;
  dynamoDbEndpoint: string;
  dynamoDb: DynamoDBClient;
  tableName(logical: string): string;
  /** Summaries of finished GraphQL requests by request id (`x-amzn-requestid`): data-source calls, DynamoDB requests. */
  requests: { get(requestId: string): RequestSummary | undefined };
  /** The declared Lambda functions, run in their own workers. */
  lambdas: LambdaHost;
  served(): ServedApi[];
  /** The Merged API served at `url`; each source API is also served on its own at `/source/<name>/graphql`. */
  mergedApi(): ServedMergedApi;
  stop(): Promise<void>;
}

/**
 * Starts the whole API locally: DynamoDB (Local unless given), the declared tables, the
 * bundled and checked resolvers in the APPSYNC_JS sandbox, and AppSync's HTTP endpoint.
 * With `watch`, edits to schemas and resolvers are reloaded in place, data kept; a broken
 * edit is reported and the last good version keeps serving.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const progress = options.progress ?? (() => {});
  const cleanup: (() => Promise<void>)[] = [];
  try {
    const endpoint = options.dynamoDbEndpoint ?? process.env.AWS_ENDPOINT_URL_DYNAMODB;
    let db: DynamoDbLocal | undefined;
    if (!endpoint) {
      progress(options.dataDir ? `Starting DynamoDB Local (data kept in ${options.dataDir})` : 'Starting DynamoDB Local (in memory)');
      db = await startDynamoDbLocal({ dataDir: options.dataDir, onExit: options.onDynamoDbLocalExit });
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

    const auth = await createLocalAuth({
      api: options.api,
      region: process.env.AWS_REGION ?? 'us-east-1',
      stateDir: options.stateDir ?? path.join(PROJECT_ROOT, '.videoshops'),
      apiKey: options.apiKey,
      users: options.users ?? demoUsers,
      userPool: options.userPool,
    });
    const lambdaFunctions = options.api.lambdaFunctions ?? [];
    if (lambdaFunctions.length) progress(`Bundling ${lambdaFunctions.length} Lambda functions as CDK deploys them`);
    // Read when an environment starts: the runtime's own endpoints are added once it listens.
    const serviceEndpoints: Record<string, string> = { DYNAMODB: dynamoDbEndpoint };
    const startLambdas = () =>
      startLambdaHost({
        functions: lambdaFunctions,
        region: auth.iam.region,
        accountId: auth.iam.accountId,
        serviceEndpoints,
        tableName,
        credentialsFor: (name) => auth.iam.environmentFor(name),
        onLog: options.onLambdaLog,
      });
    let lambdas = await startLambdas();
    // The host the next load's data sources invoke: a reload bundles the functions anew.
    let loadingLambdas = lambdas;
    cleanup.push(() => lambdas.stop());
    const requestLog = new RequestLog({ region: process.env.AWS_REGION ?? 'us-east-1', ...options.logging });
    cleanup.push(() => requestLog.close());
    const tokenKey = randomBytes(32);
    const limits: RuntimeLimits = { queryDepth: QUERY_LIMITS.queryDepthLimit, resolverCount: QUERY_LIMITS.resolverCountLimit, ...options.limits };
    const loadContext: LoadContext = {
      limits,
      env: Object.fromEntries(options.api.tables.map((t) => [tableEnvName(t.name), tableName(t.name)])),
      tables,
      fieldAuthorizer: auth.fieldAuthorizer,
      createDataSource: (ds) =>
        requestLog.observe(
          createDataSource(ds, {
            dynamoDb: client, tableName, tokenKey, onDynamoDbRequest: (call) => {
              requestLog.dynamoDbRequest(call);
              options.onDynamoDbRequest?.(call);
            },
            lambdas: loadingLambdas,
          }),
        ),
    };
    let current = await loadApis(options.api, { ...loadContext, progress });
    cleanup.push(() => closeDataSources(current));

    // The Merged API is the public endpoint; each source API keeps its own, as in AWS (local/federation).
    const endpoints: GraphQLEndpoint[] = [
      {
        path: MERGED_API_PATH,
        executor: () => current.merged.executor,
        authenticator: auth.authenticatorFor(MERGED_API_KEY),
        observer: requestLog.forApi(options.api.name, mergedPipelineResolvers(options.api, current.merged.served)),
        realtime: new RealtimeEndpoint(),
      },
      ...options.api.sourceApis.map((source) => ({
        path: sourceApiPath(source.name),
        executor: () => current.executors.get(source.name)!,
        authenticator: auth.authenticatorFor(source.name),
        observer: requestLog.forApi(source.name, pipelineResolversOf(source)),
        realtime: new RealtimeEndpoint(),
      })),
    ];

    const tls = options.tls ? await localTls(options.stateDir ?? path.join(PROJECT_ROOT, '.videoshops')) : undefined;
    const codeSandbox = new IsolatedSandbox({ memoryMb: options.limits?.sandboxMemoryMb });
    cleanup.push(() => codeSandbox.close());
    const server: Server = createHttpServer(endpoints, [...auth.routes, evaluateCodeRoute(new CodeEvaluator(codeSandbox, { timeLimitMs: options.limits?.requestTimeMs }))], tls);
    const host = options.host ?? '127.0.0.1';
    const port = await listen(server, options.port ?? 4000, host);
    const origin = `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
    auth.bindOrigin(origin);
    // The user pool's Cognito Identity Provider API and EvaluateCode are served at the origin.
    Object.assign(serviceEndpoints, { COGNITO_IDENTITY_PROVIDER: origin, APPSYNC: origin });
    cleanup.push(() => closeServer(server));
    const realtime = attachRealtime(server, endpoints, options.realtime);
    cleanup.push(() => realtime.close());
    progress(`Serving on ${origin}/graphql`);

    if (options.watch) {
      const reload = async () => {
        const started = performance.now();
        let nextLambdas: LambdaHost | undefined;
        try {
          nextLambdas = lambdaFunctions.length ? await startLambdas() : lambdas;
          loadingLambdas = nextLambdas;
          const next = await loadApis(options.api, loadContext);
          const [previous, previousLambdas] = [current, lambdas];
          [current, lambdas] = [next, nextLambdas];
          // Requests still running on the previous version finish on it.
          previous.sandbox.retire();
          await Promise.all(previous.dataSources.map((ds) => ds.close?.()));
          if (previousLambdas !== lambdas) await previousLambdas.stop();
          options.onReload?.({ ok: true });
          progress(`Reloaded ${next.bundleCount} resolver bundles in ${Math.round(performance.now() - started)} ms`);
        } catch (e) {
          if (nextLambdas && nextLambdas !== lambdas) await nextLambdas.stop();
          loadingLambdas = lambdas;
          options.onReload?.({ ok: false, error: e as Error });
          progress(`Reload failed; still serving the last good version.\n${(e as Error).message}`);
        }
      };
      const stopWatching = watchForChanges(watchedPaths(options.api), reload);
      cleanup.push(async () => stopWatching());
    }

    return {
      url: `${origin}/graphql`,
      realtimeUrl: `${origin.replace(/^http/, 'ws')}${realtimePath(endpoints[0]!.path)}`,
      tlsCertificateFile: tls?.certFile,
      port,
      apiKey: auth.apiKey.id,
      auth,
      dynamoDbEndpoint,
      dynamoDb: client,
      tableName,
      requests: requestLog,
      get lambdas() {
        return lambdas;
      },
      served: () => current.served,
      mergedApi: () => current.merged.served,
      stop: () => runCleanup(cleanup),
    };
  } catch (e) {
    await runCleanup(cleanup);
    throw e;
  }
}

async function closeDataSources(loaded: LoadedApis) {
  await Promise.all([...loaded.dataSources.map((ds) => ds.close?.()), loaded.sandbox.close()]);
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
