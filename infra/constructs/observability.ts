import { Duration, Fn, Stack } from 'aws-cdk-lib';
import type { IGraphqlApi } from 'aws-cdk-lib/aws-appsync';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  Metric,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { API_KEY_EXPIRY_METRIC, apiKeyExpiryFunction } from '../../model/api-key-expiry.ts';
import { acknowledge } from '../nag.ts';
import type { StageConfig } from '../stages.ts';
import type { LambdaFunctions } from './lambda-functions.ts';
import type { StateMachines } from './state-machines.ts';
import type { ApiTables } from './tables.ts';

export interface ObservabilityProps {
  /** `<api>-<stage>`: the topic's, the dashboard's and every alarm's name starts with it. */
  namePrefix: string;
  stage: StageConfig;
  /** The public endpoint, whose requests are the clients'. */
  mergedApi: IGraphqlApi;
  /** Every GraphQL API of the stack, merged and source: each has an API key. */
  graphqlApis: IGraphqlApi[];
  lambdaFunctions: LambdaFunctions;
  stateMachines: StateMachines;
  tables: ApiTables;
}

/** Days before an API key expires when its alarm goes off: time to change the date and deploy. */
export const API_KEY_WARNING_DAYS = 30;

/**
 * The DynamoDB operations the stack's code issues (model/iam-grants.ts grants exactly those), the
 * ones whose throttles and system errors are watched: an alarm's metric math takes at most ten.
 */
const WATCHED_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

const FIVE_MINUTES = Duration.minutes(5);

/**
 * What tells the platform team that the stage is unwell: one encrypted SNS topic per stack
 * (e-mailed to the stage's `alarmEmail`, if any), an alarm for each way it fails, and one
 * dashboard. The AppSync rates are the Merged API's: clients call only it, and the requests its
 * resolvers run are counted there, not on the source APIs.
 */
export class Observability extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  private readonly namePrefix: string;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.namePrefix = props.namePrefix;
    const { namePrefix, stage, mergedApi, lambdaFunctions, stateMachines, tables } = props;
    this.topic = this.alarmTopic(namePrefix, stage);
    this.publishApiKeyExpiry(props);

    const apiMetric = (metricName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/AppSync',
        metricName,
        dimensionsMap: { GraphQLAPIId: mergedApi.apiId },
        statistic,
        period: FIVE_MINUTES,
      });
    // A rate, since AppSync's Requests metric has no per-API dimension to divide a Sum by: the
    // Average of 4XXError and 5XXError, taken to be recorded 0 or 1 per request as API Gateway
    // documents for its own (https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html
    // documents their Sum only).
    const serverErrors = apiMetric('5XXError', 'Average');
    const clientErrors = apiMetric('4XXError', 'Average');
    const latency = apiMetric('Latency', 'p99');
    this.alarm('Api5xxRate', serverErrors, 0.01, 'More than 1% of the Merged API requests fail on the server side', { sustained: true });
    this.alarm('Api4xxRate', clientErrors, 0.1, 'More than 10% of the Merged API requests are refused (auth, validation, limits)', {
      sustained: true,
    });
    this.alarm('ApiLatencyP99', latency, 2000, 'The slowest 1% of Merged API requests take 2 s or more', { sustained: true });

    for (const [name, fn] of lambdaFunctions.functions) {
      this.alarm(`${name}Errors`, fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }), 1, `Function ${name} failed`);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }), 1, `Function ${name} was throttled`);
    }
    for (const [name, queue] of lambdaFunctions.deadLetterQueues) {
      this.alarm(
        `${name}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        1,
        `An asynchronous invocation of ${name} failed every retry; the event is in its dead-letter queue`,
      );
    }
    for (const [name, machine] of stateMachines.machines) {
      // Business outcomes (out of stock, declined) end in Succeed: a failed execution is a saga that could not compensate.
      this.alarm(`${name}ExecutionsFailed`, machine.metricFailed({ period: FIVE_MINUTES }), 1, `A ${name} execution failed`);
      this.alarm(`${name}ExecutionsTimedOut`, machine.metricTimedOut({ period: FIVE_MINUTES }), 1, `A ${name} execution timed out`);
    }
    for (const name of tables.names) {
      const table = tables.get(name);
      const options = { period: FIVE_MINUTES, operations: WATCHED_OPERATIONS };
      this.alarm(`${name}Throttles`, table.metricThrottledRequestsForOperations(options), 1, `Requests to table ${name} were throttled`);
      this.alarm(`${name}SystemErrors`, table.metricSystemErrorsForOperations(options), 1, `DynamoDB failed requests to table ${name}`);
    }
    const daysToExpiry = new Metric({
      namespace: API_KEY_EXPIRY_METRIC.namespace,
      metricName: API_KEY_EXPIRY_METRIC.metricName,
      dimensionsMap: { ApiName: namePrefix },
      statistic: 'Minimum',
      period: Duration.days(1),
    });
    this.alarm(
      'ApiKeyExpiry',
      daysToExpiry,
      API_KEY_WARNING_DAYS,
      `An API key expires within ${API_KEY_WARNING_DAYS} days (README.md, "API keys")`,
      {
        comparison: ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
        // No count for a day means the function that publishes it is not running.
        missing: TreatMissingData.BREACHING,
      },
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: namePrefix,
      widgets: [
        [new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
        [
          new GraphWidget({ title: 'Merged API error rates', left: [serverErrors, clientErrors] }),
          new GraphWidget({ title: 'Merged API latency p99 (ms)', left: [latency] }),
          new GraphWidget({ title: 'API key days to expiry', left: [daysToExpiry] }),
        ],
        [
          new GraphWidget({
            title: 'Lambda errors and throttles',
            left: [...lambdaFunctions.functions.values()].flatMap((fn) => [fn.metricErrors(), fn.metricThrottles()]),
          }),
          new GraphWidget({
            title: 'Workflows',
            left: [...stateMachines.machines.values()].flatMap((m) => [m.metricStarted(), m.metricSucceeded(), m.metricFailed()]),
          }),
          new GraphWidget({
            title: 'DynamoDB consumed capacity',
            left: tables.names.flatMap((name) => [
              tables.get(name).metricConsumedReadCapacityUnits(),
              tables.get(name).metricConsumedWriteCapacityUnits(),
            ]),
          }),
        ],
      ],
    });
  }

  private alarmTopic(namePrefix: string, stage: StageConfig): Topic {
    const key = new Key(this, 'AlarmsKey', {
      description: `Encrypts the alarm notifications of ${namePrefix}`,
      enableKeyRotation: true,
      removalPolicy: stage.removalPolicy,
    });
    // CloudWatch publishes alarm states to the encrypted topic: it must be able to use the key.
    const fromThisAccountsAlarms = { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } };
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: fromThisAccountsAlarms,
      }),
    );
    const topic = new Topic(this, 'Alarms', { topicName: `${namePrefix}-alarms`, masterKey: key, enforceSSL: true });
    topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: fromThisAccountsAlarms,
      }),
    );
    if (stage.alarmEmail) topic.addSubscription(new EmailSubscription(stage.alarmEmail));
    return topic;
  }

  /**
   * The api-key-expiry function counts the keys of every GraphQL API of the stack: it may list
   * their keys, and put its one metric.
   */
  private publishApiKeyExpiry({ namePrefix, graphqlApis, lambdaFunctions }: ObservabilityProps): void {
    const fn = lambdaFunctions.get(apiKeyExpiryFunction.name);
    fn.addEnvironment(
      'GRAPHQL_API_IDS',
      Fn.join(
        ',',
        graphqlApis.map((api) => api.apiId),
      ),
    );
    fn.addEnvironment('API_NAME', namePrefix);
    fn.addToRolePolicy(new PolicyStatement({ actions: ['appsync:ListApiKeys'], resources: graphqlApis.map((api) => api.arn) }));
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['cloudwatch:PutMetricData'],
        resources: ['*'],
        conditions: { StringEquals: { 'cloudwatch:namespace': API_KEY_EXPIRY_METRIC.namespace } },
      }),
    );
    acknowledge(
      fn.role!,
      'IAM5[Resource::*]',
      `cloudwatch:PutMetricData has no resource-level permissions; the condition keeps it to the namespace ${API_KEY_EXPIRY_METRIC.namespace}. X-Ray's actions have none either.`,
    );
  }

  private alarm(
    id: string,
    metric: IMetric,
    threshold: number,
    description: string,
    options: { sustained?: boolean; comparison?: ComparisonOperator; missing?: TreatMissingData } = {},
  ): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: `${this.namePrefix}-${id}`,
      alarmDescription: description,
      metric,
      threshold,
      comparisonOperator: options.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // A rate or latency alarms when it holds for 10 of 15 minutes, not on one busy moment; a failure at once.
      evaluationPeriods: options.sustained ? 3 : 1,
      datapointsToAlarm: options.sustained ? 2 : 1,
      treatMissingData: options.missing ?? TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }
}
