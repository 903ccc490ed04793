import { Annotations } from 'aws-cdk-lib';
import {
  CfnGraphQLApi,
  DataSourceLevelMetricsBehavior,
  GraphqlApi,
  OperationLevelMetricsConfig,
  ResolverLevelMetricsBehavior,
  type EnhancedMetricsConfig,
  type GraphqlApiProps,
} from 'aws-cdk-lib/aws-appsync';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { logDataProtection } from '../log-data-protection.ts';
import { acknowledge } from '../nag.ts';
import type { StageConfig } from '../stages.ts';
import type { ApiFirewall } from './api-firewall.ts';
import { appSyncServiceRole } from './appsync-service-role.ts';

/** What the stage decides for every API; the rest of GraphqlApiProps is the API's own. */
type StageDecided =
  'logConfig' | 'xrayEnabled' | 'introspectionConfig' | 'queryDepthLimit' | 'resolverCountLimit' | 'enhancedMetricsConfig';

/**
 * AppSync's enhanced metrics (https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html):
 * requests, errors and latency per data source and per operation name, which is where a slow
 * table or a failing client shows. Per resolver only for resolvers that opt in (none do): a
 * metric for each of a hundred resolvers would cost more than it tells beside the data sources'.
 */
export const ENHANCED_METRICS: EnhancedMetricsConfig = {
  dataSourceLevelMetricsBehavior: DataSourceLevelMetricsBehavior.FULL_REQUEST_DATA_SOURCE_METRICS,
  operationLevelMetricsConfig: OperationLevelMetricsConfig.ENABLED,
  resolverLevelMetricsBehavior: ResolverLevelMetricsBehavior.PER_RESOLVER_METRICS,
};

export interface StageGraphqlApiProps extends Omit<GraphqlApiProps, StageDecided> {
  stage: StageConfig;
  firewall: ApiFirewall;
}

/**
 * A GraphQL API (source or merged) with the protection every API of a stage shares
 * (README.md, "Hardening"): field-level logging at the stage's level into a log group
 * kept for the stage's retention, X-Ray, introspection, query depth and resolver count limits,
 * and the stack's web ACL in front of it. Every API has a public endpoint, source APIs included
 * (they accept the same user pool tokens), so every API gets the web ACL.
 *
 * The GraphqlApi is this construct's default child, so its logical ids are those of a GraphqlApi
 * created in its place.
 */
export class StageGraphqlApi extends Construct {
  readonly api: GraphqlApi;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, { stage, firewall, ...props }: StageGraphqlApiProps) {
    super(scope, id);
    // Our own role instead of CDK's default, which carries the AWS managed
    // AWSAppSyncPushToCloudWatchLogs policy (logs:* on every log group of the account).
    const logsRole = appSyncServiceRole(this, 'FieldLogsRole', `Writes the field-level logs of ${props.name}`);
    this.api = new GraphqlApi(this, 'Default', {
      ...props,
      xrayEnabled: true,
      enhancedMetricsConfig: ENHANCED_METRICS,
      introspectionConfig: stage.introspection,
      queryDepthLimit: stage.queryDepthLimit,
      resolverCountLimit: stage.resolverCountLimit,
    });
    // Set on the CloudFormation resource: GraphqlApi's `logConfig` always adds a LogRetention
    // custom resource (a Lambda with logs:PutRetentionPolicy on every log group) that would also
    // fight the log group below over its retention.
    (this.api.node.defaultChild as CfnGraphQLApi).logConfig = {
      cloudWatchLogsRoleArn: logsRole.roleArn,
      fieldLogLevel: stage.fieldLogLevel,
      excludeVerboseContent: stage.excludeVerboseLogContent,
    };
    // The log group AppSync writes to, made here so it has the stage's retention and removal
    // policy. The role may not create log groups, so AppSync can never create this one before
    // CloudFormation does and make the deploy fail.
    this.logGroup = new LogGroup(this, 'FieldLogs', {
      logGroupName: `/aws/appsync/apis/${this.api.apiId}`,
      retention: stage.logRetention,
      removalPolicy: stage.removalPolicy,
      dataProtectionPolicy: logDataProtection(),
    });
    // logs:CreateLogStream and logs:PutLogEvents on this log group (its ARN covers its streams).
    this.logGroup.grantWrite(logsRole);
    firewall.protect(this, 'Firewall', this.api);
    Annotations.of(this.api).acknowledgeWarning(
      '@aws-cdk/aws-appsync:fullRequestDataSourceMetrics',
      'Every data source is measured on purpose (ENHANCED_METRICS); none sets a MetricsConfig of its own.',
    );

    if (stage.excludeVerboseLogContent) {
      acknowledge(
        this,
        'ASC3',
        'Request-level logging is on (the API has a CloudWatch Logs role), but verbose content is excluded in this stage: ' +
          "it would copy request headers (bearer tokens, API keys) and resolver context (shoppers' addresses, orders, comments) into CloudWatch.",
      );
    }
  }
}
