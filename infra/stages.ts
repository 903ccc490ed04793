import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { FieldLogLevel, IntrospectionConfig } from 'aws-cdk-lib/aws-appsync';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { QUERY_LIMITS } from '../model/query-limits.ts';

export const STAGE_NAMES = ['dev', 'test', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** What differs between environments; everything else is the same in every stage. */
export interface StageConfig {
  name: StageName;
  /** Data, user pools and logs outlive a stack deletion in prod only; other stages must tear down cleanly. */
  removalPolicy: RemovalPolicy;
  /** Refuses table deletion through the API as well as through CloudFormation. */
  deletionProtection: boolean;
  logRetention: RetentionDays;
  /**
   * AppSync field-level logging. ALL traces every resolver (arguments, results, timings), which is
   * what debugging deployed resolver code needs; in prod that would copy every shopper's
   * addresses, orders and comments into CloudWatch and cost per field, so prod logs errors only.
   */
  fieldLogLevel: FieldLogLevel;
  /**
   * Leaves request and response headers, `ctx` and evaluated resolver code out of the logs.
   * True in prod: headers carry bearer tokens and API keys, `ctx` carries personal data.
   */
  excludeVerboseLogContent: boolean;
  introspection: IntrospectionConfig;
  /**
   * Deepest selection AppSync runs (1–75). The SDK's deepest operation is 5 levels; 10 leaves
   * room for richer clients, and deeper than that is a cycle walked on purpose (shop → liveStreams
   * → shop → …). The same in every stage, so dev and test refuse what prod refuses.
   */
  queryDepthLimit: number;
  /**
   * Most resolver invocations in one request (1–10,000). A full page (100 items) with three
   * nested resolvers per item is about 300; the cap leaves room for that and stops fan-out abuse.
   * The same in every stage, for the same reason as the depth limit.
   */
  resolverCountLimit: number;
  /** Requests one IP address may send in any 5-minute window before WAF blocks it (AWS minimum 10). */
  requestsPerIpPer5Minutes: number;
  /**
   * Cognito Plus plan with threat protection enforced: compromised-credential checks and adaptive
   * authentication for accounts that hold orders and earnings. Billed per active user, so only
   * where real users sign in.
   */
  userThreatProtection: boolean;
  /**
   * How long the stage's API keys live from `apiKeyIssuedOn` (AppSync caps keys at 365 days from
   * the deploy that sets the expiry).
   */
  apiKeyLifetime: Duration;
  /**
   * The day (YYYY-MM-DD, UTC) the stage's API keys were last rotated: their expiry is this day
   * plus `apiKeyLifetime`, the same on every synth, so a deploy never changes a key by itself.
   * Rotation is a change of this date (README.md, "API keys"); an alarm warns 30 days ahead.
   */
  apiKeyIssuedOn: string;
  /** Where the stage's alarms are e-mailed (an SNS subscription); none means the topic alone. */
  alarmEmail?: string;
  /**
   * An AWS Backup plan for the tables, beside point-in-time recovery: copies that outlive the
   * 35 days PITR keeps and a deleted table, in a vault of their own.
   */
  backups: boolean;
  /**
   * The payment provider the checkout charges through (lambdas/payments/http-provider.ts): its
   * API and whether the stage's secret is a test-mode or a live key. Only prod takes real money,
   * and prod never runs on a test key (refused at synth: checkPaymentsConfig).
   */
  payments: { apiUrl: string; mode: 'test' | 'live' };
  /**
   * Whether the workflows' execution logs (every event, in every stage) carry inputs and outputs:
   * they help debugging but hold order and shipping data, so prod logs the path without them.
   */
  workflowExecutionData: boolean;
}

/** A stage that takes real orders must charge real money, and one that does not, never. */
export function checkPaymentsConfig(stage: StageConfig): void {
  if (stage.name === 'prod' && stage.payments.mode !== 'live') {
    throw new Error(`Stage prod must use a live payment provider, not ${stage.payments.mode} mode (infra/stages.ts).`);
  }
}

const STAGES: Record<StageName, StageConfig> = {
  dev: {
    name: 'dev',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.ONE_WEEK,
    fieldLogLevel: FieldLogLevel.ALL,
    excludeVerboseLogContent: false,
    introspection: IntrospectionConfig.ENABLED,
    ...QUERY_LIMITS,
    // A handful of developers: a runaway script is stopped within seconds.
    requestsPerIpPer5Minutes: 1000,
    userThreatProtection: false,
    apiKeyLifetime: Duration.days(365),
    apiKeyIssuedOn: '2026-12-08',
    backups: false,
    payments: { apiUrl: 'https://api.stripe.com', mode: 'test' },
    workflowExecutionData: true,
  },
  test: {
    name: 'test',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.ONE_MONTH,
    // Acceptance and load runs: resolver traces without the per-field volume of ALL.
    fieldLogLevel: FieldLogLevel.INFO,
    excludeVerboseLogContent: false,
    introspection: IntrospectionConfig.ENABLED,
    ...QUERY_LIMITS,
    // Load tests run from a few machines.
    requestsPerIpPer5Minutes: 10_000,
    userThreatProtection: false,
    apiKeyLifetime: Duration.days(365),
    apiKeyIssuedOn: '2026-12-08',
    backups: false,
    payments: { apiUrl: 'https://api.stripe.com', mode: 'test' },
    workflowExecutionData: true,
  },
  prod: {
    name: 'prod',
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: RetentionDays.ONE_YEAR,
    fieldLogLevel: FieldLogLevel.ERROR,
    excludeVerboseLogContent: true,
    introspection: IntrospectionConfig.DISABLED,
    ...QUERY_LIMITS,
    // 10 requests a second for five minutes: a household or a carrier NAT of viewers stays well
    // below it (comments are rate-limited per user by the resolvers anyway), a scraper does not.
    requestsPerIpPer5Minutes: 3000,
    userThreatProtection: true,
    apiKeyLifetime: Duration.days(365),
    apiKeyIssuedOn: '2026-12-08',
    backups: true,
    payments: { apiUrl: 'https://api.stripe.com', mode: 'live' },
    workflowExecutionData: false,
  },
};

/** When the stage's API keys expire: `apiKeyIssuedOn` plus `apiKeyLifetime`, whenever it is synthesized. */
export function apiKeyExpiry(stage: StageConfig): Date {
  const issued = Date.parse(`${stage.apiKeyIssuedOn}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(stage.apiKeyIssuedOn) || Number.isNaN(issued)) {
    throw new Error(`Stage ${stage.name}: apiKeyIssuedOn must be a date written YYYY-MM-DD, not ${JSON.stringify(stage.apiKeyIssuedOn)}.`);
  }
  return new Date(issued + stage.apiKeyLifetime.toMilliseconds());
}

export function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGE_NAMES as readonly string[]).includes(value);
}

export function stageConfig(name: unknown): StageConfig {
  if (!isStageName(name)) {
    throw new Error(`Unknown stage ${JSON.stringify(name)}: choose one of ${STAGE_NAMES.join(', ')} (cdk synth -c stage=dev)`);
  }
  return STAGES[name];
}
