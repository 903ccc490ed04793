import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { IntrospectionConfig } from 'aws-cdk-lib/aws-appsync';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export const STAGE_NAMES = ['dev', 'test', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** What differs between environments; everything else is the same in every stage. */
export interface StageConfig {
  name: StageName;
  /** Data and user pools outlive a stack deletion in prod only; other stages must tear down cleanly. */
  removalPolicy: RemovalPolicy;
  /** Refuses table deletion through the API as well as through CloudFormation. */
  deletionProtection: boolean;
  logRetention: RetentionDays;
  introspection: IntrospectionConfig;
  /**
   * Each deploy moves the key's expiry this far ahead, so a stage that is deployed at least
   * this often never loses anonymous browsing (AppSync caps keys at 365 days).
   */
  apiKeyLifetime: Duration;
}

const STAGES: Record<StageName, StageConfig> = {
  dev: {
    name: 'dev',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.ONE_WEEK,
    introspection: IntrospectionConfig.ENABLED,
    apiKeyLifetime: Duration.days(30),
  },
  test: {
    name: 'test',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.ONE_MONTH,
    introspection: IntrospectionConfig.ENABLED,
    apiKeyLifetime: Duration.days(30),
  },
  prod: {
    name: 'prod',
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: RetentionDays.ONE_YEAR,
    introspection: IntrospectionConfig.DISABLED,
    apiKeyLifetime: Duration.days(365),
  },
};

export function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGE_NAMES as readonly string[]).includes(value);
}

export function stageConfig(name: unknown): StageConfig {
  if (!isStageName(name)) {
    throw new Error(`Unknown stage ${JSON.stringify(name)}: choose one of ${STAGE_NAMES.join(', ')} (cdk synth -c stage=dev)`);
  }
  return STAGES[name];
}
