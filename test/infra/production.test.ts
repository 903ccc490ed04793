import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackedDataSource } from 'aws-cdk-lib/aws-appsync';
import { bundleApi } from '../../model/bundle/resolvers.ts';
import { dataSourceDynamoDbActions } from '../../model/iam-grants.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import { apiKeyExpiryFunction } from '../../model/api-key-expiry.ts';
import { API_KEY_WARNING_DAYS } from '../../infra/constructs/observability.ts';
import { BACKUP_RULES } from '../../infra/constructs/table-backups.ts';
import { PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION } from '../../infra/environment.ts';
import { allow, roleGrants, rolesAllowed } from './support/iam.ts';
import { synthesizeApiStack, type SynthesizedStack } from './support/synthesize.ts';

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };

/** The product's prod stack, as `cdk synth -c stage=prod` writes it: what the production issue is checked on. */
describe('The Videoshops stack in prod', { timeout: 120_000 }, () => {
  let prod: SynthesizedStack;
  let resources: Record<string, Resource>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const idOf = (construct: { node: { defaultChild?: unknown } }) => prod.stack.getLogicalId(construct.node.defaultChild as never);
  const getAtt = (id: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [id, attribute] });
  const tableArns = (table: string) => {
    const arn = getAtt(idOf(prod.stack.tables.get(table)));
    const indexes = videoshopsApi.tables.find((t) => t.name === table)!.globalSecondaryIndexes ?? [];
    return [arn, ...indexes.map((index) => ({ 'Fn::Join': ['', [arn, `/index/${index.name}`]] }))];
  };
  const functionNames = [...(videoshopsApi.lambdaFunctions ?? []).map((f) => f.name), apiKeyExpiryFunction.name];
  let resolverBundles: ReturnType<typeof bundleApi> | undefined;
  const bundles = () => (resolverBundles ??= bundleApi(videoshopsApi));
  const roleOf = (fn: string) => idOf(prod.stack.lambdaFunctions.get(fn).role!);

  beforeAll(() => {
    prod = synthesizeApiStack(videoshopsApi, 'prod');
    resources = prod.artifact.template.Resources;
  }, 180_000);
  afterAll(() => prod?.remove());

  it('synthesizes the same template every time, API key expiry included', () => {
    // Act
    const again = synthesizeApiStack(videoshopsApi, 'prod');
    try {
      // Assess
      expect(JSON.stringify(again.artifact.template)).toBe(JSON.stringify(prod.artifact.template));
    } finally {
      again.remove();
    }
  });

  describe('observability', () => {
    it("watches the Merged API's error rates and latency, every function, dead-letter queue, workflow and table, and API key expiry", () => {
      // Prepare
      const expected = [
        'Api5xxRate',
        'Api4xxRate',
        'ApiLatencyP99',
        ...functionNames.flatMap((fn) => [`${fn}Errors`, `${fn}Throttles`, `${fn}DeadLetters`]),
        'checkoutExecutionsFailed',
        'checkoutExecutionsTimedOut',
        ...videoshopsApi.tables.flatMap((t) => [`${t.name}Throttles`, `${t.name}SystemErrors`]),
        'ApiKeyExpiry',
      ].map((name) => `videoshops-prod-${name}`);
      // Act
      const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties.AlarmName);
      // Assess
      expect(alarms.sort()).toEqual(expected.sort());
    });

    it('notifies one KMS-encrypted topic of every alarm and its recovery, a topic only CloudWatch of this account may publish to, over TLS', () => {
      // Act
      const [[topicId, topic], ...otherTopics] = ofType('AWS::SNS::Topic');
      const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => [a.Properties.AlarmActions, a.Properties.OKActions]);
      const [[, policy]] = ofType('AWS::SNS::TopicPolicy');
      // Assess
      expect(otherTopics).toEqual([]);
      expect(topic!.Properties).toMatchObject({
        TopicName: 'videoshops-prod-alarms',
        KmsMasterKeyId: getAtt(idOf(prod.stack.observability.topic.node.scope!.node.findChild('AlarmsKey') as never)),
      });
      expect(alarms).toEqual(alarms.map(() => [[{ Ref: topicId }], [{ Ref: topicId }]]));
      expect(policy!.Properties.PolicyDocument.Statement).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          expect.objectContaining({
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': PLACEHOLDER_ACCOUNT } },
          }),
        ]),
      );
    });

    it('alarms on a 1% share of failing Merged API requests that lasts 10 of 15 minutes', () => {
      // Act
      const [[, alarm]] = ofType('AWS::CloudWatch::Alarm').filter(([, a]) => a.Properties.AlarmName === 'videoshops-prod-Api5xxRate');
      // Assess
      expect(alarm!.Properties).toMatchObject({
        Namespace: 'AWS/AppSync',
        MetricName: '5XXError',
        Dimensions: [{ Name: 'GraphQLAPIId', Value: getAtt(idOf(prod.stack.mergedApi.graphqlApi), 'ApiId') }],
        Statistic: 'Average',
        Threshold: 0.01,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 2,
      });
    });

    it(`warns ${API_KEY_WARNING_DAYS} days before an API key expires, and when nobody has counted the keys for a day`, () => {
      // Act
      const [[, alarm]] = ofType('AWS::CloudWatch::Alarm').filter(([, a]) => a.Properties.AlarmName === 'videoshops-prod-ApiKeyExpiry');
      // Assess
      expect(alarm!.Properties).toMatchObject({
        Namespace: 'Videoshops/AppSync',
        MetricName: 'ApiKeyDaysToExpiry',
        Dimensions: [{ Name: 'ApiName', Value: 'videoshops-prod' }],
        Statistic: 'Minimum',
        Period: 86_400,
        ComparisonOperator: 'LessThanOrEqualToThreshold',
        Threshold: API_KEY_WARNING_DAYS,
        TreatMissingData: 'breaching',
      });
    });

    it('counts the keys of every GraphQL API of the stack with a function that may list those keys and put that one metric', () => {
      // Prepare
      const apis = [idOf(prod.stack.mergedApi.graphqlApi), ...[...prod.stack.sourceApis.values()].map((s) => idOf(s.graphqlApi))];
      const fn = prod.stack.lambdaFunctions.get(apiKeyExpiryFunction.name);
      // Act
      const { Environment, ReservedConcurrentExecutions } = resources[idOf(fn)]!.Properties;
      const [[, schedule]] = ofType('AWS::Events::Rule').filter(([, r]) => r.Properties.Targets[0].Arn['Fn::GetAtt'][0] === idOf(fn));
      // Assess
      expect(Environment.Variables.GRAPHQL_API_IDS).toEqual({ 'Fn::Join': [',', apis.map((id) => getAtt(id, 'ApiId'))] });
      expect(ReservedConcurrentExecutions).toBe(1);
      expect(schedule!.Properties.ScheduleExpression).toBe('rate(12 hours)');
      expect(roleGrants(resources, roleOf(apiKeyExpiryFunction.name))).toEqual(
        [
          ...apis.map((id) => allow('appsync:ListApiKeys', getAtt(id))),
          `${allow('cloudwatch:PutMetricData', '*')} if {"StringEquals":{"cloudwatch:namespace":"Videoshops/AppSync"}}`,
          allow('logs:CreateLogStream', getAtt(idOf(fn.logGroup as never))),
          allow('logs:PutLogEvents', getAtt(idOf(fn.logGroup as never))),
          allow('sqs:SendMessage', getAtt(idOf(prod.stack.lambdaFunctions.deadLetterQueues.get(apiKeyExpiryFunction.name)!))),
          allow('xray:PutTelemetryRecords', '*'),
          allow('xray:PutTraceSegments', '*'),
        ].sort(),
      );
    });

    it('draws one dashboard for the stage, led by the state of every alarm', () => {
      // Act
      const [[, dashboard], ...others] = ofType('AWS::CloudWatch::Dashboard');
      // Assess
      expect(others).toEqual([]);
      expect(dashboard!.Properties.DashboardName).toBe('videoshops-prod');
      expect(JSON.stringify(dashboard!.Properties.DashboardBody)).toContain('alarm');
    });
  });

  describe('least privilege', () => {
    it('grants no role Scan or BatchWriteItem, which no resolver or function calls', () => {
      expect(rolesAllowed(resources, 'dynamodb:Scan')).toEqual([]);
      expect(rolesAllowed(resources, 'dynamodb:BatchWriteItem')).toEqual([]);
    });

    it("grants each DynamoDB data source exactly the actions its resolvers' code asks for, on its tables and their indexes", () => {
      for (const source of videoshopsApi.sourceApis) {
        // Prepare
        const derived = dataSourceDynamoDbActions(source, (key) => bundles().get(key)!.code);
        for (const declaration of source.dataSources) {
          if (declaration.type !== 'AMAZON_DYNAMODB') continue;
          const dataSource = prod.stack.sourceApis.get(source.name)!.dataSources.get(declaration.name)!;
          const arns = [declaration.table, ...(declaration.otherTables ?? [])].flatMap(tableArns);
          // Act
          const grants = roleGrants(resources, idOf((dataSource as BackedDataSource).grantPrincipal as never));
          // Assess
          expect(grants, `${source.name}/${declaration.name}`).toEqual(
            derived
              .get(declaration.name)!
              .flatMap((action) => arns.map((arn) => allow(action, arn)))
              .sort(),
          );
        }
      }
    });

    it('grants commerce reads alone where it reads, and no DeleteItem where it writes, since its resolvers delete nothing', () => {
      // Act
      const commerce = dataSourceDynamoDbActions(
        videoshopsApi.sourceApis.find((s) => s.name === 'commerce')!,
        (key) => bundles().get(key)!.code,
      );
      // Assess
      expect(commerce.get('CommerceRead')).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
      expect(commerce.get('Commerce')).toEqual([
        'dynamodb:ConditionCheckItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
      ]);
    });

    it("lets AppSync assume each of its roles only on behalf of this account's APIs", () => {
      // Act
      const appSyncRoles = ofType('AWS::IAM::Role').filter(([, r]) =>
        r.Properties.AssumeRolePolicyDocument.Statement.some((s: any) => s.Principal?.Service === 'appsync.amazonaws.com'),
      );
      // Assess: data sources (DynamoDB and Lambda), field logs (5 APIs) and the merge execution role
      expect(appSyncRoles.length).toBeGreaterThanOrEqual(videoshopsApi.sourceApis.length + 2);
      for (const [id, role] of appSyncRoles) {
        expect(role.Properties.AssumeRolePolicyDocument.Statement, id).toEqual([
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'appsync.amazonaws.com' },
            Condition: {
              StringEquals: { 'aws:SourceAccount': PLACEHOLDER_ACCOUNT },
              ArnLike: { 'aws:SourceArn': `arn:aws:appsync:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:apis/*` },
            },
          },
        ]);
      }
    });
  });

  describe('checkout resources', () => {
    it('runs every function on nodejs22.x on arm64, traced, each with an encrypted, TLS-only dead-letter queue of its own', () => {
      for (const name of functionNames) {
        // Prepare
        const queue = prod.stack.lambdaFunctions.deadLetterQueues.get(name)!;
        // Act
        const fn = resources[idOf(prod.stack.lambdaFunctions.get(name))]!.Properties;
        const [[, queuePolicy]] = ofType('AWS::SQS::QueuePolicy').filter(([, p]) => p.Properties.Queues[0].Ref === idOf(queue));
        // Assess
        expect(fn, name).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          TracingConfig: { Mode: 'Active' },
          DeadLetterConfig: { TargetArn: getAtt(idOf(queue)) },
        });
        expect(resources[idOf(queue)]!.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 86_400 });
        expect(JSON.stringify(queuePolicy!.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
      }
    });

    it('sweeps one at a time, and sends the events its schedule cannot deliver to its dead-letter queue', () => {
      // Act
      const sweeper = prod.stack.lambdaFunctions.get('orderSweeper');
      const [[, rule]] = ofType('AWS::Events::Rule').filter(([, r]) => r.Properties.Targets[0].Arn['Fn::GetAtt'][0] === idOf(sweeper));
      // Assess
      expect(resources[idOf(sweeper)]!.Properties.ReservedConcurrentExecutions).toBe(1);
      expect(rule!.Properties.Targets[0].DeadLetterConfig).toEqual({
        Arn: getAtt(idOf(prod.stack.lambdaFunctions.deadLetterQueues.get('orderSweeper')!)),
      });
    });

    it('grants the sweeper exactly its tables, its log group, its queue, the payment key, the executions of the checkout and one field', () => {
      // Prepare
      const sweeper = prod.stack.lambdaFunctions.get('orderSweeper');
      const itemActions = ['ConditionCheckItem', 'DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'].map((a) => `dynamodb:${a}`);
      const secret = { Ref: idOf(prod.stack.node.findChild('FunctionConnections').node.findChild('PaymentsKey') as never) };
      const expected = [
        ...['Commerce', 'Shops'].flatMap((table) => itemActions.flatMap((action) => tableArns(table).map((arn) => allow(action, arn)))),
        allow('logs:CreateLogStream', getAtt(idOf(sweeper.logGroup as never))),
        allow('logs:PutLogEvents', getAtt(idOf(sweeper.logGroup as never))),
        allow('sqs:SendMessage', getAtt(idOf(prod.stack.lambdaFunctions.deadLetterQueues.get('orderSweeper')!))),
        allow('secretsmanager:DescribeSecret', secret),
        allow('secretsmanager:GetSecretValue', secret),
        allow(
          'states:DescribeExecution',
          `arn:aws:states:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:execution:videoshops-prod-checkout:*`,
        ),
        allow('appsync:GraphQL', {
          'Fn::Join': [
            '',
            [
              `arn:aws:appsync:${PLACEHOLDER_REGION}:${PLACEHOLDER_ACCOUNT}:apis/`,
              getAtt(idOf(prod.stack.mergedApi.graphqlApi), 'ApiId'),
              '/types/Mutation/fields/publishOrderUpdate',
            ],
          ],
        }),
        allow('xray:PutTelemetryRecords', '*'),
        allow('xray:PutTraceSegments', '*'),
      ];
      // Act
      const grants = roleGrants(resources, roleOf('orderSweeper'));
      // Assess
      expect(grants).toEqual(expected.sort());
    });

    it("grants the user directory one Cognito action on the API's user pool, and no table", () => {
      // Prepare
      const directory = prod.stack.lambdaFunctions.get('userDirectory');
      const expected = [
        allow('cognito-idp:AdminListGroupsForUser', getAtt(idOf(prod.stack.users.userPool))),
        allow('logs:CreateLogStream', getAtt(idOf(directory.logGroup as never))),
        allow('logs:PutLogEvents', getAtt(idOf(directory.logGroup as never))),
        allow('sqs:SendMessage', getAtt(idOf(prod.stack.lambdaFunctions.deadLetterQueues.get('userDirectory')!))),
        allow('xray:PutTelemetryRecords', '*'),
        allow('xray:PutTraceSegments', '*'),
      ];
      // Act
      const grants = roleGrants(resources, roleOf('userDirectory'));
      // Assess
      expect(grants).toEqual(expected.sort());
      expect(resources[idOf(directory)]!.Properties.Environment.Variables.USER_POOL_ID).toEqual({ Ref: idOf(prod.stack.users.userPool) });
    });

    it('grants the checkout function reads only on the tables it prices from, and the calls its bundle makes on Commerce', () => {
      // Act
      const dynamoDb = roleGrants(resources, roleOf('checkout')).filter((g) => g.startsWith('Allow dynamodb:'));
      // Assess
      const reads = ['BatchGetItem', 'ConditionCheckItem', 'GetItem', 'Query'].map((a) => `dynamodb:${a}`);
      const writes = [...reads, 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
      expect(dynamoDb).toEqual(
        [
          ...['Shops', 'Recommendations', 'Live'].flatMap((t) => reads.flatMap((a) => tableArns(t).map((arn) => allow(a, arn)))),
          ...writes.flatMap((a) => tableArns('Commerce').map((arn) => allow(a, arn))),
        ].sort(),
      );
    });
  });

  describe('backups', () => {
    it('backs up every table into a vault of its own, encrypted with a rotated key, daily for 35 days and monthly for a year', () => {
      // Act
      const [[, vault]] = ofType('AWS::Backup::BackupVault');
      const [[, plan]] = ofType('AWS::Backup::BackupPlan');
      const [[, selection]] = ofType('AWS::Backup::BackupSelection');
      const key = resources[vault!.Properties.EncryptionKeyArn['Fn::GetAtt'][0]]!;
      // Assess
      expect(vault!.Properties.BackupVaultName).toBe('videoshops-prod-tables');
      expect(vault!.DeletionPolicy).toBe('Retain');
      expect(key.Properties.EnableKeyRotation).toBe(true);
      expect(plan!.Properties.BackupPlan.BackupPlanRule.map((r: any) => [r.RuleName, r.Lifecycle.DeleteAfterDays])).toEqual(
        BACKUP_RULES.map((r) => [r.ruleName, r.keep.toDays()]),
      );
      expect(selection!.Properties.BackupSelection.Resources).toEqual(
        videoshopsApi.tables.map((t) => getAtt(idOf(prod.stack.tables.get(t.name)))),
      );
    });

    it('backs up with a role AWS Backup of this account alone may assume, allowed to back up those tables and nothing else', () => {
      // Prepare
      const role = idOf(prod.stack.backups!.role);
      const tables = videoshopsApi.tables.map((t) => getAtt(idOf(prod.stack.tables.get(t.name))));
      const key = resources[ofType('AWS::Backup::BackupVault')[0]![1].Properties.EncryptionKeyArn['Fn::GetAtt'][0]];
      const keyArn = ofType('AWS::Backup::BackupVault')[0]![1].Properties.EncryptionKeyArn;
      // Act
      const grants = roleGrants(resources, role);
      // Assess
      expect(key).toBeDefined();
      expect(resources[role]!.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        {
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'backup.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': PLACEHOLDER_ACCOUNT } },
        },
      ]);
      expect(grants).toEqual(
        [
          ...['DescribeTable', 'CreateBackup', 'StartAwsBackupJob', 'ListTagsOfResource'].flatMap((a) =>
            tables.map((t) => allow(`dynamodb:${a}`, t)),
          ),
          ...['DescribeBackup', 'DeleteBackup'].flatMap((a) =>
            tables.map((t) => allow(`dynamodb:${a}`, { 'Fn::Join': ['', [t, '/backup/*']] })),
          ),
          ...['Encrypt', 'Decrypt', 'GenerateDataKey', 'DescribeKey'].map((a) => allow(`kms:${a}`, keyArn)),
          `${allow('kms:CreateGrant', keyArn)} if {"Bool":{"kms:GrantIsForAWSResource":true}}`,
        ].sort(),
      );
    });
  });
});
