import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { FieldLogLevel, IntrospectionConfig } from 'aws-cdk-lib/aws-appsync';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CONFIGURATION } from './config/stages.ts';

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
   * Who the user pool's e-mails (confirmation codes, password resets) come from, through SES:
   * Cognito's own sender sends 50 a day, which would cap sign-ups. The address (or its domain)
   * must be a verified SES identity in the stack's region before deploying. Absent: Cognito's sender.
   */
  cognitoEmail?: { fromEmail: string; fromName: string; replyTo?: string };
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

/** A stage's entry in infra/config/stages.ts: its settings, its account and region. */
export type StageSettings = Omit<StageConfig, 'name' | 'logDestinationArn'>;

/** An AWS account and the region its stacks deploy to. */
export interface Placement {
  account: string;
  region: string;
}

/** One bucket of the logging account and the delivery stream and destination that fill it. */
export interface LogArchiveSettings {
  /** Objects are deleted this many days after delivery; never before their Object Lock retention ends. */
  expireAfterDays: number;
  /** Moved to S3 Standard-IA after this many days (S3's minimum is 30). */
  infrequentAccessAfterDays: number;
  /** Retention every delivered object gets, for archives that are evidence (prod). */
  objectLock?: { mode: 'COMPLIANCE' | 'GOVERNANCE'; days: number };
}

export interface LoggingSettings extends Placement {
  archives: Record<string, LogArchiveSettings>;
  /** An OpenSearch domain indexing every archive's logs for security analytics. */
  openSearch: boolean;
}

/** The IAM Identity Center permission sets operators are given (infra/operator-access-stack.ts). */
export type PermissionSetName = 'readOnly' | 'deployer' | 'breakGlass';

/** Where the organization's IAM Identity Center lives, and the groups operators belong to. */
export interface OrganizationSettings extends Placement {
  identityCenterInstanceArn: string;
  groups: Record<PermissionSetName, string>;
}

export interface Configuration {
  /** `owner/name` of the GitHub repository that deploys. */
  repository: string;
  logging: LoggingSettings;
  organization: OrganizationSettings;
  stages: Record<string, StageSettings>;
}

/** The pipeline's name for the logging account's stage (its GitHub environment and `-c stage`). */
export const LOGGING_STAGE = 'logging';

/**
 * Every stage the pipeline deploys, in its order: the logging account first (the stages'
 * subscription filters need its destinations), then the stages as the file lists them.
 */
export const pipelineStages = ({ logging, stages }: Configuration): [string, Placement][] => [
  [LOGGING_STAGE, { account: logging.account, region: logging.region }],
  ...Object.entries(stages).map(([name, { account, region }]): [string, Placement] => [name, { account, region }]),
];

/** The CloudWatch Logs destination of one archive; stages name its ARN in their subscription filters. */
export const logDestinationName = (archive: string) => `videoshops-logs-${archive}`;

/**
 * Known without reading the logging account's outputs (CDK cannot read another account's), from the
 * name its stack gives the destination: that stack deploys first.
 */
export const logDestinationArn = ({ logging }: Configuration, archive: string) =>
  `arn:aws:logs:${logging.region}:${logging.account}:destination:${logDestinationName(archive)}`;

/** The workload accounts that ship their logs to one archive. */
export const accountsShippingTo = ({ stages }: Configuration, archive: string): string[] =>
  [
    ...new Set(
      Object.values(stages)
        .filter((s) => s.logArchive === archive)
        .map((s) => s.account),
    ),
  ].sort();

const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const STAGE_NAME = /^[a-z][a-z0-9]{1,9}$/;
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const IDENTITY_CENTER_INSTANCE = /^arn:aws:sso:::instance\/ssoins-[0-9a-f]{16}$/;
const SUBSCRIPTION_REGION_DOC = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CreateSubscriptionFilterFirehose-Account.html';

/**
 * Refuses a configuration AWS would refuse at deploy, or that would break the isolation the
 * accounts are for, naming every bad field (`stages.prod.account: …`).
 */
export function validateConfiguration(configuration: Configuration): void {
  const problems: string[] = [];
  const check = (ok: boolean, field: string, message: string) => ok || problems.push(`${field}: ${message}`);
  const checkPlacement = (field: string, { account, region }: Placement) => {
    check(ACCOUNT.test(account), `${field}.account`, `${JSON.stringify(account)} is not a 12-digit AWS account id`);
    check(REGION.test(region), `${field}.region`, `${JSON.stringify(region)} is not an AWS region`);
  };
  const { repository, logging, organization, stages } = configuration;

  check(REPOSITORY.test(repository), 'repository', `${JSON.stringify(repository)} is not a GitHub owner/name`);
  checkPlacement('logging', logging);
  checkPlacement('organization', organization);
  check(
    IDENTITY_CENTER_INSTANCE.test(organization.identityCenterInstanceArn),
    'organization.identityCenterInstanceArn',
    `${JSON.stringify(organization.identityCenterInstanceArn)} is not an IAM Identity Center instance ARN`,
  );
  for (const [name, archive] of Object.entries(logging.archives)) {
    const field = `logging.archives.${name}`;
    check(STAGE_NAME.test(name), field, 'archive names are 2–10 lowercase letters and digits (they name buckets and streams)');
    check(
      archive.infrequentAccessAfterDays >= 30,
      `${field}.infrequentAccessAfterDays`,
      'S3 moves objects to Standard-IA after 30 days at the earliest',
    );
    check(
      archive.expireAfterDays > archive.infrequentAccessAfterDays,
      `${field}.expireAfterDays`,
      `${archive.expireAfterDays} does not come after the move to Standard-IA (${archive.infrequentAccessAfterDays} days)`,
    );
    if (archive.objectLock) {
      check(archive.objectLock.days >= 1, `${field}.objectLock.days`, 'retention is at least one day');
      check(
        archive.expireAfterDays >= archive.objectLock.days,
        `${field}.expireAfterDays`,
        `${archive.expireAfterDays} days is shorter than the Object Lock retention (${archive.objectLock.days} days)`,
      );
    }
  }

  const names = Object.keys(stages);
  check(names.includes('prod'), 'stages', 'there is no prod stage');
  for (const [name, stage] of Object.entries(stages)) {
    const field = `stages.${name}`;
    check(
      STAGE_NAME.test(name) && name !== LOGGING_STAGE,
      field,
      `stage names are 2–10 lowercase letters and digits, other than "${LOGGING_STAGE}"`,
    );
    checkPlacement(field, stage);
    check(
      stage.region === logging.region,
      `${field}.region`,
      `${stage.region} is not the logging account's region (${logging.region}): a log group subscribes only to a destination in its own region (${SUBSCRIPTION_REGION_DOC})`,
    );
    check(
      stage.logArchive in logging.archives,
      `${field}.logArchive`,
      `${JSON.stringify(stage.logArchive)} is not one of logging.archives (${Object.keys(logging.archives).join(', ')})`,
    );
    check(stage.account !== logging.account, `${field}.account`, `${stage.account} is the logging account; workloads never share it`);
    check(stage.queryDepthLimit >= 1 && stage.queryDepthLimit <= 75, `${field}.queryDepthLimit`, 'AppSync allows 1–75');
    check(stage.resolverCountLimit >= 1 && stage.resolverCountLimit <= 10_000, `${field}.resolverCountLimit`, 'AppSync allows 1–10,000');
    check(stage.requestsPerIpPer5Minutes >= 10, `${field}.requestsPerIpPer5Minutes`, 'WAF rate limits start at 10');
    check(stage.apiKeyLifetime.toDays() <= 365, `${field}.apiKeyLifetime`, 'AppSync API keys live at most 365 days');
  }
  const prod = stages.prod;
  if (prod) {
    const sharing = names.filter((name) => name !== 'prod' && stages[name]!.account === prod.account);
    check(
      sharing.length === 0,
      'stages.prod.account',
      `${prod.account} is also the account of ${sharing.join(', ')}; prod has an account of its own`,
    );
    check(
      Boolean(logging.archives[prod.logArchive]?.objectLock),
      'stages.prod.logArchive',
      `prod's logs are evidence: "${prod.logArchive}" must be an archive with objectLock`,
    );
  }
  if (problems.length > 0) throw new Error(`Invalid stage configuration (infra/config/stages.ts):\n  ${problems.join('\n  ')}`);
}

/** infra/config/stages.ts, whose shape is checked here: the data file imports nothing. */
const CHECKED_IN: Configuration = CONFIGURATION;

/** A stage that takes real orders must charge real money, and one that does not, never. */
export function checkPaymentsConfig(stage: StageConfig): void {
  if (stage.name === 'prod' && stage.payments.mode !== 'live') {
    throw new Error(`Stage prod must use a live payment provider, not ${stage.payments.mode} mode (infra/config/stages.ts).`);
  }
}

/** When the stage's API keys expire: `apiKeyIssuedOn` plus `apiKeyLifetime`, whenever it is synthesized. */
export function apiKeyExpiry(stage: StageConfig): Date {
  const issued = Date.parse(`${stage.apiKeyIssuedOn}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(stage.apiKeyIssuedOn) || Number.isNaN(issued)) {
    throw new Error(`Stage ${stage.name}: apiKeyIssuedOn must be a date written YYYY-MM-DD, not ${JSON.stringify(stage.apiKeyIssuedOn)}.`);
  }
  return new Date(issued + stage.apiKeyLifetime.toMilliseconds());
}

/** One stage of a (validated) configuration, infra/config/stages.ts unless another is given. */
export function stageConfig(name: unknown, configuration: Configuration = CHECKED_IN): StageConfig {
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
export const stageConfigs = (configuration: Configuration = CHECKED_IN): StageConfig[] =>
  Object.keys(configuration.stages).map((name) => stageConfig(name, configuration));
