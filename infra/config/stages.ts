import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { FieldLogLevel, IntrospectionConfig } from 'aws-cdk-lib/aws-appsync';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { QUERY_LIMITS } from '../../model/query-limits.ts';

/**
 * Where and how each stage runs: the one source of truth for accounts and regions
 * (README.md, "Stages"). `cdk synth` synthesizes every entry; `-c stage=<name>` selects one.
 * A new stage is one more entry under `stages`, then its account's one-time steps.
 *
 * The account ids are placeholders (`0000000000xx`) until the real accounts exist: synth works
 * with them, and a deploy to one fails because the CLI cannot assume a role in it.
 *
 * Its shape is `Configuration` (infra/stages.ts), checked where it is read; `validateConfiguration`
 * checks the values on every synth.
 */
export const CONFIGURATION = {
  /** The GitHub repository whose workflows may deploy (the OIDC roles' `sub` condition). */
  repository: 'videoshops/videoshops-api',
  logging: {
    account: '000000000009',
    region: 'eu-west-1',
    archives: {
      // dev and test: troubleshooting history, not evidence.
      workloads: { expireAfterDays: 90, infrequentAccessAfterDays: 30 },
      // prod: kept unchangeable for a year (audits of orders and payments), expired a month after.
      prod: { expireAfterDays: 400, infrequentAccessAfterDays: 30, objectLock: { mode: 'COMPLIANCE', days: 365 } },
    },
    // An OpenSearch domain indexing every stage's logs for security analytics: about 1,000 USD a
    // month for a production-grade domain, so off until someone will look at it.
    openSearch: false,
  },
  organization: {
    account: '000000000010',
    region: 'eu-west-1',
    identityCenterInstanceArn: 'arn:aws:sso:::instance/ssoins-0000000000000000',
    /** Identity Center group ids (Identity Store) per permission set. */
    groups: {
      readOnly: '00000000-0000-0000-0000-000000000001',
      deployer: '00000000-0000-0000-0000-000000000002',
      breakGlass: '00000000-0000-0000-0000-000000000003',
    },
  },
  stages: {
    dev: {
      account: '000000000001',
      region: 'eu-west-1',
      logArchive: 'workloads',
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
      account: '000000000002',
      region: 'eu-west-1',
      logArchive: 'workloads',
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
      account: '000000000003',
      region: 'eu-west-1',
      logArchive: 'prod',
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
      cognitoEmail: { fromEmail: 'no-reply@videoshops.app', fromName: 'Videoshops', replyTo: 'support@videoshops.app' },
      apiKeyLifetime: Duration.days(365),
      apiKeyIssuedOn: '2026-12-08',
      backups: true,
      payments: { apiUrl: 'https://api.stripe.com', mode: 'live' },
      workflowExecutionData: false,
    },
  },
} as const;
