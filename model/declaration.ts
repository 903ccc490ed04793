/**
 * The one declaration of an AppSync API: read by the CDK app (infra/) and by the
 * local runtime (local/), so both serve the same resolvers with the same code.
 *
 * Code locations follow a convention instead of being declared, so a reader finds any
 * resolver from its type and field name alone:
 *   <resolverDir>/<Type>.<field>.ts        unit resolver, or a pipeline's before/after handlers
 *   <resolverDir>/functions/<name>.ts      pipeline function
 * A direct Lambda resolver has no code: its Lambda function receives AppSync's context as the event.
 */
export type KeyType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  name: string;
  type: KeyType;
}

export interface GlobalSecondaryIndexDeclaration {
  name: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  /** 'ALL' (default), 'KEYS_ONLY' or the non-key attributes to project (INCLUDE). */
  projection?: 'ALL' | 'KEYS_ONLY' | string[];
}

export interface TableDeclaration {
  /** Logical name; the physical name is chosen per environment and given to resolvers in `ctx.env`. */
  name: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  globalSecondaryIndexes?: GlobalSecondaryIndexDeclaration[];
  timeToLiveAttribute?: string;
}

export type DataSourceDeclaration =
  | { name: string; type: 'NONE'; description?: string }
  | {
      name: string;
      type: 'AMAZON_DYNAMODB';
      /** The table the data source targets; single-item operations go to it. */
      table: string;
      /** Further tables reachable by batch and transaction operations (named by physical name in the request). */
      otherTables?: string[];
      /** Grant only read actions (GetItem, Query, Scan, BatchGetItem, TransactGetItems). */
      readOnly?: boolean;
      description?: string;
    }
  | {
      name: string;
      type: 'AWS_LAMBDA';
      /** The declared Lambda function (`ApiDeclaration.lambdaFunctions`) the data source invokes. */
      function: string;
      description?: string;
    };

/**
 * A Lambda function. Its TypeScript entry is bundled by esbuild for `nodejs22.x`
 * (model/bundle/lambdas.ts); CDK deploys that bundle and the local runtime runs it, so the handler is the same
 * code in both worlds: it reaches AWS services through the SDK and the standard
 * `AWS_ENDPOINT_URL_<SERVICE>` variables, never through anything local-only.
 */
export interface LambdaFunctionDeclaration {
  /** Logical name: the local IAM principal's name and, with the API and stage, the deployed function's. */
  name: string;
  /** TypeScript entry relative to the project root: `lambdas/<name>.ts`, or `model/fixture/lambdas/<name>.ts`. */
  entry: string;
  /** The entry's named export that handles invocations; default `handler`. */
  handler?: string;
  /** The function's own environment; nothing of the host's environment is visible to it. */
  environment?: Record<string, string>;
  /** MB, 128–10240; default 128, as Lambda's. */
  memorySize?: number;
  /** Seconds, 1–900; default 3, as Lambda's. */
  timeout?: number;
  /** Times a failed asynchronous (`Event`) invocation is retried, 0–2; default 2, as Lambda's. */
  asyncRetryAttempts?: number;
  /**
   * In AWS, the most executions Lambda runs at once (reserved from the account's pool); none
   * declared means no cap. The local runtime does not limit concurrency.
   */
  reservedConcurrency?: number;
  /** Tables the handler reaches with the SDK: granted to its role, physical name in `tableEnvName(table)`. */
  tables?: { table: string; readOnly?: boolean }[];
  /**
   * State machines the handler reaches, ARN in `stateMachineEnvName(name)`: it may start their
   * executions, or describe them (granted exactly that).
   */
  stateMachines?: { name: string; access: 'start' | 'describe' }[];
  /**
   * Runs on a schedule (an EventBridge rule in AWS; a timer locally) every `rateMinutes`. Locally
   * also once at start with `localStartEvent`, for work a stopped runtime left (its executions
   * live in memory).
   */
  schedule?: { rateMinutes: number; localStartEvent?: Record<string, unknown> };
  /**
   * The handler calls the Merged API with IAM as the backend principal of its name (its grants
   * are `AuthorizationDeclaration.iamGrants`): the endpoint in `GRAPHQL_URL`.
   */
  graphqlApi?: boolean;
  /** The handler talks to the payment provider: `PAYMENTS_API_URL`, and its secret (lambdas/payments/). */
  payments?: boolean;
  /** Cognito actions the handler may call on the API's user pool (its id in `USER_POOL_ID`), granted on that pool only. */
  userPoolActions?: UserPoolAction[];
}

/** The user-pool administration a function may be granted: reads of who is in which group. */
export type UserPoolAction = 'AdminListGroupsForUser';

/**
 * A Standard Step Functions workflow in Amazon States Language. Its Task states invoke declared
 * Lambda functions only (`arn:aws:states:::lambda:invoke` with `FunctionName` `${<fn>FunctionArn}`),
 * so the local runtime runs every state with the same handlers.
 */
export interface StateMachineDeclaration {
  /** Logical name: the deployed state machine's, with the API and stage. */
  name: string;
  /** The ASL JSON file, relative to the project root. */
  definitionFile: string;
  /** The declared functions its Task states invoke; each is substituted for `${<name>FunctionArn}`. */
  functions: string[];
}

export interface FunctionDeclaration {
  name: string;
  dataSource: string;
  /** On a Lambda data source: the most `BatchInvoke` payloads sent in one invocation (0–2000). */
  maxBatchSize?: number;
}

export type ResolverDeclaration =
  | {
      typeName: string;
      fieldName: string;
      dataSource: string;
      /** A direct Lambda resolver: no code, the data source's function gets AppSync's context as its event. */
      direct?: true;
      /** On a Lambda data source: the most payloads (or direct events) batched into one invocation (0–2000). */
      maxBatchSize?: number;
    }
  | { typeName: string; fieldName: string; pipeline: string[] };

export interface SourceApiDeclaration {
  name: string;
  /** GraphQL SDL files, relative to the project root. */
  schemaFiles: string[];
  /** Folder of the resolver and function TypeScript sources, relative to the project root. */
  resolverDir: string;
  dataSources: DataSourceDeclaration[];
  functions: FunctionDeclaration[];
  resolvers: ResolverDeclaration[];
}

/** The authorization modes this project uses (AppSync's names). */
export type AuthorizationMode = 'AMAZON_COGNITO_USER_POOLS' | 'API_KEY' | 'AWS_IAM';

/**
 * `appsync:GraphQL` granted to one backend principal (a Lambda handler's or workflow task's role):
 * the field ARNs `types/<Type>/fields/<field>` of the API, written `Type.field` or `Type.*`.
 */
export interface IamGrantDeclaration {
  principal: string;
  fields: string[];
}

export interface AuthorizationDeclaration {
  /** The mode of every type and field without an auth directive. */
  defaultMode: AuthorizationMode;
  additionalModes?: AuthorizationMode[];
  /** Which backend principals may call which fields with IAM; anything not granted is refused. */
  iamGrants?: IamGrantDeclaration[];
}

/** The product's modes (docs/architecture.md, "Authorization"): Cognito user pool by default, API key for anonymous browsing, IAM for backend publishers. */
export const DEFAULT_AUTHORIZATION: AuthorizationDeclaration = {
  defaultMode: 'AMAZON_COGNITO_USER_POOLS',
  additionalModes: ['API_KEY', 'AWS_IAM'],
};

/** A flow an app client may sign in with (Cognito's `ExplicitAuthFlows`, without `ALLOW_`); refresh is always allowed. */
export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';

export interface PasswordPolicyDeclaration {
  minLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireDigits: boolean;
  requireSymbols: boolean;
}

/**
 * The Cognito user pool behind `AMAZON_COGNITO_USER_POOLS`: the CDK app deploys it
 * (infra/constructs/user-pool.ts) and the local pool behaves by it (local/auth/user-pool/).
 */
export interface UserPoolDeclaration {
  /**
   * What users sign up and sign in with. `['email']` is Cognito's `UsernameAttributes: [email]`:
   * the e-mail is what users type, and Cognito makes their username a UUID, their `sub`, so
   * `cognito:username` is never a name to show. It excludes alias attributes (a pool has one or
   * the other), so there is no second, short username to sign in with. The only kind the local
   * pool implements. https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
   */
  usernameAttributes: ['email'];
  selfSignUp: boolean;
  /** The groups resolvers check with `ctx.identity.groups`; their order is their precedence (0 first). */
  groups: { name: string; description: string }[];
  passwordPolicy: PasswordPolicyDeclaration;
  /** Only `OFF`: the local pool implements no second factor, so a pool that asks for one would differ. */
  mfa: 'OFF';
  /** The one app client front ends use: no secret, since browsers and phones cannot keep one. */
  appClient: {
    authFlows: AuthFlow[];
    /** Answer an unknown user as a wrong password, so sign-in does not reveal who has an account. */
    preventUserExistenceErrors: boolean;
  };
}

/** The product's user pool (docs/architecture.md, "Authorization"): shoppers sign themselves up with their e-mail and are promoted by group. */
export const DEFAULT_USER_POOL: UserPoolDeclaration = {
  usernameAttributes: ['email'],
  selfSignUp: true,
  groups: [
    { name: 'shoppers', description: 'Browse shops, watch live streams, buy and see their own orders.' },
    { name: 'creators', description: 'Run a shop, recommend products, go live, earn commissions.' },
    { name: 'brands', description: 'List products, set commission rates, manage inventory.' },
    { name: 'admins', description: 'Operate the platform.' },
  ],
  passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
  mfa: 'OFF',
  // SRP keeps the password off the wire; Amplify signs in with it by default.
  appClient: { authFlows: ['USER_SRP_AUTH'], preventUserExistenceErrors: true },
};

export interface ApiDeclaration {
  name: string;
  sourceApis: SourceApiDeclaration[];
  tables: TableDeclaration[];
  /** Absent means DEFAULT_AUTHORIZATION. */
  authorization?: AuthorizationDeclaration;
  /** Absent means DEFAULT_USER_POOL. */
  userPool?: UserPoolDeclaration;
  /** Lambda functions that AWS_LAMBDA data sources and state machines invoke. */
  lambdaFunctions?: LambdaFunctionDeclaration[];
  stateMachines?: StateMachineDeclaration[];
}

export const userPoolOf = (api: ApiDeclaration): UserPoolDeclaration => api.userPool ?? DEFAULT_USER_POOL;

export const isPipeline = (resolver: ResolverDeclaration): resolver is Extract<ResolverDeclaration, { pipeline: string[] }> =>
  'pipeline' in resolver;

/** A resolver without code whose Lambda data source receives AppSync's context as the event. */
export const isDirectLambda = (resolver: ResolverDeclaration): boolean => !isPipeline(resolver) && resolver.direct === true;

export const resolverSourceFile = (api: SourceApiDeclaration, r: { typeName: string; fieldName: string }) =>
  `${api.resolverDir}/${r.typeName}.${r.fieldName}.ts`;

export const functionSourceFile = (api: SourceApiDeclaration, name: string) => `${api.resolverDir}/functions/${name}.ts`;

/** `ctx.env` key carrying a table's physical name: `Shops` → `SHOPS_TABLE`. */
export const tableEnvName = (table: string) => `${table.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_TABLE`;

/** Environment variable carrying a state machine's ARN: `checkout` → `CHECKOUT_STATE_MACHINE_ARN`. */
export const stateMachineEnvName = (name: string) => `${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_STATE_MACHINE_ARN`;

/** The definition substitution a Task state names a function by: `orderWorkflow` → `orderWorkflowFunctionArn`. */
export const functionArnSubstitution = (functionName: string) => `${functionName}FunctionArn`;
