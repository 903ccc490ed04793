import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { FieldLogLevel, IntrospectionConfig } from 'aws-cdk-lib/aws-appsync';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CONFIGURATION } from './config/stages.ts';
import { logDestinationArn, validateConfiguration, type Configuration } from './configuration.ts';

/** The stages of infra/config/stages.ts: adding an entry there adds a name here. */
export type StageName = keyof typeof CONFIGURATION.stages;
export const STAGE_NAMES = Object.keys(CONFIGURATION.stages) as StageName[];

/**
 * What differs between environments; everything else is the same in every stage. The values are
 * in infra/config/stages.ts, one entry per stage.
 */
export interface StageConfig {
  name: StageName;
  /** The AWS account and region the stage deploys to: the configuration decides, never `-c` or the credentials. */
  account: string;
  region: string;
  /** Which of the logging account's archives (`logging.archives`) keeps this stage's logs. */
  logArchive: string;
  /** The logging account's CloudWatch Logs destination of that archive (derived from the configuration). */
  logDestinationArn: string;
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
   * Each deploy moves the key's expiry this far ahead, so a stage that is deployed at least
   * this often never loses anonymous browsing (AppSync caps keys at 365 days).
   */
  apiKeyLifetime: Duration;
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
    throw new Error(`Stage prod must use a live payment provider, not ${stage.payments.mode} mode (infra/config/stages.ts).`);
  }
}

/** One stage of a (validated) configuration, infra/config/stages.ts unless another is given. */
export function stageConfig(name: unknown, configuration: Configuration = CONFIGURATION): StageConfig {
  validateConfiguration(configuration);
  if (typeof name !== 'string' || !Object.hasOwn(configuration.stages, name)) {
    throw new Error(
      `Unknown stage ${JSON.stringify(name)}: choose one of ${Object.keys(configuration.stages).join(', ')} (cdk synth -c stage=dev)`,
    );
  }
  const settings = configuration.stages[name]!;
  // Another configuration than the file's (tests) may name other stages; the file's are StageNames.
  return { name: name as StageName, ...settings, logDestinationArn: logDestinationArn(configuration, settings.logArchive) };
}

/** Every stage of a configuration, in the order the file lists them. */
export const stageConfigs = (configuration: Configuration = CONFIGURATION): StageConfig[] =>
  Object.keys(configuration.stages).map((name) => stageConfig(name, configuration));
