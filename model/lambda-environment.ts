import { stateMachineEnvName, tableEnvName, type LambdaFunctionDeclaration, type UserPoolAction } from './declaration.ts';
import { LAMBDA_MODULE, LAMBDA_RUNTIME } from './bundle/lambdas.ts';

/** Lambda's defaults when a declaration leaves them out. */
export const DEFAULT_MEMORY_MB = 128;
export const DEFAULT_TIMEOUT_S = 3;
/** Lambda's MaximumRetryAttempts for asynchronous invocations, also its upper bound. */
export const DEFAULT_ASYNC_RETRY_ATTEMPTS = 2;
export const DEFAULT_HANDLER = 'handler';

/** Variables the Lambda service sets itself; a function may not declare them (deploys are refused). */
const RESERVED = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

export interface FunctionSettings {
  name: string;
  handler: string;
  memorySize: number;
  timeout: number;
  asyncRetryAttempts: number;
  environment: Record<string, string>;
  tables: { table: string; readOnly?: boolean }[];
  stateMachines: { name: string; access: 'start' | 'describe' }[];
  graphqlApi: boolean;
  payments: boolean;
  userPoolActions: UserPoolAction[];
}

/** A declaration with Lambda's defaults filled in, refused where the Lambda service would refuse it. */
export function functionSettings(fn: LambdaFunctionDeclaration): FunctionSettings {
  const memorySize = fn.memorySize ?? DEFAULT_MEMORY_MB;
  const timeout = fn.timeout ?? DEFAULT_TIMEOUT_S;
  if (!Number.isInteger(memorySize) || memorySize < 128 || memorySize > 10240) {
    throw new LambdaConfigurationError(`Function ${fn.name}: memorySize must be an integer from 128 to 10240 MB, got ${memorySize}.`);
  }
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > 900) {
    throw new LambdaConfigurationError(`Function ${fn.name}: timeout must be an integer from 1 to 900 seconds, got ${timeout}.`);
  }
  const asyncRetryAttempts = fn.asyncRetryAttempts ?? DEFAULT_ASYNC_RETRY_ATTEMPTS;
  if (!Number.isInteger(asyncRetryAttempts) || asyncRetryAttempts < 0 || asyncRetryAttempts > DEFAULT_ASYNC_RETRY_ATTEMPTS) {
    throw new LambdaConfigurationError(
      `Function ${fn.name}: asyncRetryAttempts must be an integer from 0 to 2, got ${asyncRetryAttempts}.`,
    );
  }
  const reserved = Object.keys(fn.environment ?? {}).filter((key) => RESERVED.has(key));
  if (reserved.length) {
    throw new LambdaConfigurationError(
      `Function ${fn.name}: Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(', ')}`,
    );
  }
  return {
    name: fn.name,
    handler: fn.handler ?? DEFAULT_HANDLER,
    memorySize,
    timeout,
    asyncRetryAttempts,
    environment: { ...fn.environment },
    tables: fn.tables ?? [],
    stateMachines: fn.stateMachines ?? [],
    graphqlApi: fn.graphqlApi ?? false,
    payments: fn.payments ?? false,
    userPoolActions: fn.userPoolActions ?? [],
  };
}

/** What the local runtime provides a function with, in place of the AWS account. */
export interface FunctionHostEnvironment {
  region: string;
  accountId: string;
  /** `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN` of the function's role. */
  credentials: Record<string, string>;
  /** Service id → local endpoint, given to the SDK as `AWS_ENDPOINT_URL_<SERVICE>` (e.g. `DYNAMODB`). */
  serviceEndpoints: Record<string, string>;
  tableName: (logical: string) => string;
  /** Folder holding the bundle (`LAMBDA_TASK_ROOT`). */
  taskRoot: string;
  /**
   * What the functions that declare them reach besides tables; read when an environment starts,
   * since the runtime knows its own URLs only once it listens.
   */
  resources?: {
    graphqlUrl?: string;
    stateMachineArn?: (name: string) => string;
    /** The payment provider's API and the variables that hold its secret. */
    payments?: { url: string; secret: Record<string, string> };
    userPoolId?: string;
    /** Variables set last, over the rest (tests point GRAPHQL_URL at a failing proxy this way). */
    overrides?: Record<string, string>;
  };
}

/**
 * The whole environment of one execution environment: the declared variables, the table names
 * the function was granted, and what Lambda sets itself. Nothing of the host's own environment.
 */
export function environmentVariables(
  settings: FunctionSettings,
  host: FunctionHostEnvironment,
  logStreamName: string,
): Record<string, string> {
  const resources = host.resources ?? {};
  return {
    ...Object.fromEntries(settings.tables.map(({ table }) => [tableEnvName(table), host.tableName(table)])),
    ...Object.fromEntries(settings.stateMachines.map(({ name }) => [stateMachineEnvName(name), resources.stateMachineArn?.(name) ?? ''])),
    ...(settings.graphqlApi ? { GRAPHQL_URL: resources.graphqlUrl ?? '' } : {}),
    ...(settings.payments && resources.payments ? { PAYMENTS_API_URL: resources.payments.url, ...resources.payments.secret } : {}),
    ...(settings.userPoolActions.length ? { USER_POOL_ID: resources.userPoolId ?? '' } : {}),
    ...settings.environment,
    ...Object.fromEntries(Object.entries(host.serviceEndpoints).map(([service, url]) => [`AWS_ENDPOINT_URL_${service}`, url])),
    ...host.credentials,
    AWS_REGION: host.region,
    AWS_DEFAULT_REGION: host.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${LAMBDA_RUNTIME}`,
    AWS_LAMBDA_FUNCTION_NAME: settings.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(settings.memorySize),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: logGroupName(settings.name),
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    _HANDLER: `${LAMBDA_MODULE}.${settings.handler}`,
    LAMBDA_TASK_ROOT: host.taskRoot,
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    ...resources.overrides,
  };
}

/** Every declared function's settings; two functions of one name are refused, as Lambda would. */
export function allFunctionSettings(functions: readonly LambdaFunctionDeclaration[]): FunctionSettings[] {
  const names = new Set<string>();
  return functions.map((fn) => {
    if (names.has(fn.name)) throw new LambdaConfigurationError(`Lambda function '${fn.name}' is declared twice.`);
    names.add(fn.name);
    return functionSettings(fn);
  });
}

export const logGroupName = (functionName: string) => `/aws/lambda/${functionName}`;

export const functionArn = (host: Pick<FunctionHostEnvironment, 'region' | 'accountId'>, functionName: string) =>
  `arn:aws:lambda:${host.region}:${host.accountId}:function:${functionName}`;

/** A declaration the Lambda service would refuse at deploy time. */
export class LambdaConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LambdaConfigurationError';
  }
}
