import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ApiDeclaration } from '../model/declaration.ts';
import type { FunctionHostEnvironment } from '../model/lambda-environment.ts';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { QUERY_LIMITS } from '../model/query-limits.ts';
import { createDataSource } from './datasources/index.ts';
import { createLocalAuth, type LocalAuth, type LocalAuthOptions } from './auth/local-auth.ts';
import type { ServedApi } from './served-api.ts';
import type { RuntimeLimits } from './api-loader.ts';
import { RequestLog, type RequestLogOptions, type RequestSummary } from './logging/request-log.ts';
import { startLambdaHost, type LambdaHost } from './lambda/host.ts';
import { startSchedules } from './lambda/schedules.ts';
import type { RealtimeOptions } from './realtime/server.ts';
import type { ServedMergedApi } from './federation/served-merged-api.ts';
import { openStorage } from './runtime/storage.ts';
import { loadServedCode, reloadOnChange } from './runtime/reloading.ts';
import { demoUsers } from '../demo/users.ts';
import { startServing } from './runtime/serving.ts';
import { TestPaymentProvider, PAYMENTS_PATH } from './payments/test-provider.ts';
import { startStepFunctions, type LocalStepFunctions } from './stepfunctions/local-step-functions.ts';
import { amplifyOutputs, type AmplifyOutputs } from '../model/amplify-outputs.ts';
import { webPages, type WebPages } from './web/web-pages.ts';

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
  /**
   * Service id → endpoint the Lambda functions use instead of the runtime's own (`{ DYNAMODB: … }`):
   * tests put a fault-injecting proxy in front of DynamoDB Local this way.
   */
  functionEndpoints?: Record<string, string>;
  /** Variables set in every function's environment over its own (tests make publishing fail this way). */
  functionEnvironment?: Record<string, string>;
  /** Each line the Lambda functions log (default: stdout, prefixed with the function's name). */
  onLambdaLog?: (functionName: string, line: string) => void;
  /** Real-time WebSocket settings (keep-alive interval, the connection timeout `connection_ack` announces). */
  realtime?: RealtimeOptions;
  /** Serve HTTPS and WSS with a self-signed certificate kept in `stateDir` (Amplify JS always derives `wss://`). */
  tls?: boolean;
  /**
   * What a request may use (default: AppSync's 30 s, and the deployed stages' query depth and
   * resolver count, model/query-limits.ts) and each sandbox process's heap (default 512 MiB).
   */
  limits?: RuntimeLimits;
  /** Serve the web app at `/` and the local console at `/console` (built in the background: local/web/). */
  web?: boolean;
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
  /** The client configuration (`amplify_outputs.json`) for this runtime. */
  outputs: AmplifyOutputs;
  /** With `web`: the pages' build being served. */
  web?: WebPages;
  dynamoDbEndpoint: string;
  dynamoDb: DynamoDBClient;
  tableName(logical: string): string;
  /** Summaries of finished GraphQL requests by request id (`x-amzn-requestid`): data-source calls, DynamoDB requests. */
  requests: { get(requestId: string): RequestSummary | undefined };
  /** The declared Lambda functions, run in their own workers. */
  lambdas: LambdaHost;
  /** The declared state machines and their executions, served at `stepFunctions.endpoint`. */
  stepFunctions: LocalStepFunctions;
  /** The test payment provider the functions charge (its records prove what was charged). */
  payments: TestPaymentProvider;
  served(): ServedApi[];
  /** The Merged API served at `url`; each source API is also served on its own at `/source/<name>/graphql`. */
  mergedApi(): ServedMergedApi;
  stop(): Promise<void>;
}

/**
 * Starts the whole API locally: DynamoDB (Local unless given) with the declared tables
 * (runtime/storage.ts), the bundled and checked resolvers in the APPSYNC_JS sandbox and the
 * Lambda functions (runtime/reloading.ts), and AppSync's endpoints (runtime/serving.ts).
 * DynamoDB Local starts while the code is bundled and checked; nothing is served until both are
 * ready, and never code that failed its checks. With `watch`, edits to schemas and resolvers are
 * reloaded in place, data kept; a broken edit is reported and the last good version keeps serving.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const progress = options.progress ?? (() => {});
  const region = process.env.AWS_REGION ?? 'us-east-1';
  const running: { stop(): Promise<void> }[] = [];
  try {
    const storage = await openStorage({ ...options, region, progress });
    running.push(storage);
    const auth = await createLocalAuth({
      api: options.api,
      region,
      stateDir: options.stateDir ?? path.join(PROJECT_ROOT, '.videoshops'),
      apiKey: options.apiKey,
      users: options.users ?? demoUsers,
      userPool: options.userPool,
    });
    const requestLog = new RequestLog({ region, traceResolvers: options.web, ...options.logging });
    running.push({ stop: () => requestLog.close() });
    // Read when a Lambda environment starts: the runtime's own endpoints are added once it listens.
    const serviceEndpoints: Record<string, string> = { DYNAMODB: storage.endpoint, ...options.functionEndpoints };
    const payments = new TestPaymentProvider();
    const resources: NonNullable<FunctionHostEnvironment['resources']> = { overrides: options.functionEnvironment };
    const tokenKey = randomBytes(32);
    const code = await loadServedCode({
      api: options.api,
      progress,
      onReload: options.onReload,
      context: {
        limits: { queryDepth: QUERY_LIMITS.queryDepthLimit, resolverCount: QUERY_LIMITS.resolverCountLimit, ...options.limits },
        tableNames: Object.fromEntries(options.api.tables.map((t) => [t.name, storage.tableName(t.name)])),
        fieldAuthorizer: auth.fieldAuthorizer,
      },
      startLambdas: () =>
        startLambdaHost({
          functions: options.api.lambdaFunctions ?? [],
          region: auth.iam.region,
          accountId: auth.iam.accountId,
          serviceEndpoints,
          tableName: storage.tableName,
          resources,
          credentialsFor: (name) => auth.iam.environmentFor(name),
          onLog: options.onLambdaLog,
        }),
      createDataSource: (ds, lambdas) =>
        requestLog.observe(
          createDataSource(ds, {
            dynamoDb: storage.client,
            tableName: storage.tableName,
            tokenKey,
            onDynamoDbRequest: (call) => {
              requestLog.dynamoDbRequest(call);
              options.onDynamoDbRequest?.(call);
            },
            lambdas,
          }),
        ),
    });
    running.push(code);
    const tables = await storage.ready;

    const stepFunctions = startStepFunctions({
      api: options.api,
      region: auth.iam.region,
      accountId: auth.iam.accountId,
      lambdas: () => code.lambdas,
    });
    const stateDir = options.stateDir ?? path.join(PROJECT_ROOT, '.videoshops');
    const web = options.web ? webPages({ api: options.api, auth, requestLog, stateDir }) : undefined;
    const serving = await startServing({
      ...options,
      code,
      auth,
      requestLog,
      routes: [stepFunctions.route, payments.route(), ...(web?.routes ?? [])],
    });
    running.push(serving);
    // Stopped before the endpoints its running executions call.
    running.push(stepFunctions);
    // The user pool's Cognito Identity Provider API, EvaluateCode and Step Functions are served at the origin.
    stepFunctions.endpoint = `${serving.origin}${stepFunctions.path}`;
    Object.assign(
      serviceEndpoints,
      { COGNITO_IDENTITY_PROVIDER: serving.origin, APPSYNC: serving.origin, SFN: stepFunctions.endpoint },
      options.functionEndpoints,
    );
    Object.assign(resources, {
      graphqlUrl: serving.url,
      stateMachineArn: stepFunctions.arnOf,
      payments: { url: `${serving.origin}${PAYMENTS_PATH}`, secret: { PAYMENTS_API_KEY: payments.secret } },
      userPoolId: auth.userPool.id,
    });
    const schedules = startSchedules(options.api.lambdaFunctions ?? [], () => code.lambdas);
    running.push(schedules);
    const { defaultMode, additionalModes = [] } = auth.authorization;
    const outputs = amplifyOutputs({
      url: serving.url,
      region,
      apiKey: auth.apiKey.id,
      defaultAuthorizationType: defaultMode,
      authorizationTypes: [defaultMode, ...additionalModes],
      auth: auth.amplifyOutputsAuth(),
      local: { stepFunctionsEndpoint: stepFunctions.endpoint, userPoolEndpoint: serving.origin },
    });
    if (web) {
      web.start(outputs);
      running.push(web);
    }
    progress(`Serving on ${serving.url}`);

    if (options.watch) {
      const stopWatching = reloadOnChange(options.api, code);
      running.push({ stop: async () => stopWatching() });
    }

    return {
      url: serving.url,
      realtimeUrl: serving.realtimeUrl,
      tlsCertificateFile: serving.tlsCertificateFile,
      port: serving.port,
      apiKey: auth.apiKey.id,
      auth,
      outputs,
      web,
      dynamoDbEndpoint: storage.endpoint,
      dynamoDb: storage.client,
      tableName: storage.tableName,
      requests: requestLog,
      get lambdas() {
        return code.lambdas;
      },
      stepFunctions,
      payments,
      served: () => code.apis.served(tables),
      mergedApi: () => code.apis.merged.served,
      stop: () => stopAll(running),
    };
  } catch (e) {
    await stopAll(running);
    throw e;
  }
}

/** Last started, first stopped. */
async function stopAll(running: { stop(): Promise<void> }[]) {
  for (const part of running.splice(0).reverse()) {
    try {
      await part.stop();
    } catch {
      // Keep stopping the rest: nothing started may be left running.
    }
  }
}
