import { describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CONFIGURATION } from '../../infra/config/stages.ts';
import { logDestinationArn } from '../../infra/stages.ts';
import { CentralLogs } from '../../infra/constructs/central-logs.ts';
import { LoggingStack } from '../../infra/logging-stack.ts';
import { cdkJsonContext } from './support/synthesize.ts';

type Resource = { Type: string; Properties: Record<string, any> };

describe('The logging account', () => {
  const stack = new LoggingStack(new App({ context: cdkJsonContext() }), 'Logs', {
    configuration: CONFIGURATION,
    env: { account: CONFIGURATION.logging.account, region: CONFIGURATION.logging.region },
  });
  const template = Template.fromStack(stack);
  const resources: Record<string, Resource> = template.toJSON().Resources;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const idOf = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as never);
  const archive = (name: string) => stack.archives.get(name)!;
  const { dev, test, prod } = CONFIGURATION.stages;

  it("admits exactly the accounts of the stages that ship to each destination, at the ARN the stages' filters name", () => {
    // Act
    const destinations = ofType('AWS::Logs::Destination').map(([, r]) => ({
      name: r.Properties.DestinationName,
      policy: JSON.parse(r.Properties.DestinationPolicy),
    }));
    // Assess
    expect(destinations).toEqual([
      {
        name: 'videoshops-logs-workloads',
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: [dev.account, test.account] },
              Action: 'logs:PutSubscriptionFilter',
              Resource: logDestinationArn(CONFIGURATION, 'workloads'),
            },
          ],
        },
      },
      {
        name: 'videoshops-logs-prod',
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: prod.account },
              Action: 'logs:PutSubscriptionFilter',
              Resource: logDestinationArn(CONFIGURATION, 'prod'),
            },
          ],
        },
      },
    ]);
  });

  it('lets CloudWatch Logs put records into the stream only for log events of those accounts and its own test message', () => {
    // Act
    const trust = resources[idOf(archive('workloads').node.findChild('DestinationRole'))]!.Properties.AssumeRolePolicyDocument.Statement;
    // Assess
    expect(trust).toEqual([
      {
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { Service: 'logs.amazonaws.com' },
        Condition: {
          StringLike: {
            'aws:SourceArn': [dev.account, test.account, CONFIGURATION.logging.account].map((a) => `arn:aws:logs:eu-west-1:${a}:*`),
          },
        },
      },
    ]);
  });

  it("encrypts every archive bucket and Firehose stream with the archive key, and the access logs bucket with S3's keys", () => {
    // Prepare
    const key = { 'Fn::GetAtt': [stack.getLogicalId(stack.node.findChild('ArchiveKey').node.defaultChild as never), 'Arn'] };
    // Act
    const buckets = ofType('AWS::S3::Bucket');
    const streams = ofType('AWS::KinesisFirehose::DeliveryStream');
    // Assess
    expect(buckets).toHaveLength(4); // access logs, workloads, prod's landing and locked buckets
    for (const [id, bucket] of buckets) {
      const encryption = bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault;
      expect(encryption, id).toEqual(
        id.startsWith('AccessLogs') ? { SSEAlgorithm: 'AES256' } : { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key },
      );
      expect(bucket.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
    expect(streams).toHaveLength(2);
    for (const [, stream] of streams) {
      expect(stream.Properties.DeliveryStreamEncryptionConfigurationInput).toEqual({ KeyARN: key, KeyType: 'CUSTOMER_MANAGED_CMK' });
      expect(stream.Properties.ExtendedS3DestinationConfiguration.EncryptionConfiguration).toEqual({
        KMSEncryptionConfig: { AWSKMSKeyARN: key },
      });
    }
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('keeps dev and test logs 90 days, in Standard-IA after 30, without Object Lock', () => {
    // Act
    const bucket = resources[idOf(archive('workloads').bucket)]!.Properties;
    // Assess
    expect(bucket.ObjectLockConfiguration).toBeUndefined();
    expect(bucket.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: 90, Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 30 }] }),
    ]);
  });

  it("locks prod's logs for a year in a bucket of their own, filled by replication from the one Firehose delivers to, and expires them only after", () => {
    // Prepare
    const locked = idOf(archive('prod').bucket);
    const stream = resources[idOf(archive('prod').deliveryStream)]!.Properties.ExtendedS3DestinationConfiguration;
    // Act
    const landing = stream.BucketARN['Fn::GetAtt'][0];
    expect(landing).toBe(idOf(archive('prod').landing));
    const lockedBucket = resources[locked]!.Properties;
    // Assess
    expect(landing).not.toBe(locked);
    expect(lockedBucket.ObjectLockConfiguration).toEqual({
      ObjectLockEnabled: 'Enabled',
      Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 } },
    });
    const [rule] = lockedBucket.LifecycleConfiguration.Rules;
    expect(rule.ExpirationInDays).toBeGreaterThanOrEqual(365);
    expect(rule.NoncurrentVersionExpiration).toBeDefined();
    expect(resources[landing]!.Properties.ReplicationConfiguration.Rules).toEqual([
      expect.objectContaining({
        Status: 'Enabled',
        Destination: expect.objectContaining({ Bucket: { 'Fn::GetAtt': [locked, 'Arn'] } }),
        SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
      }),
    ]);
    expect(resources[landing]!.Properties.ObjectLockConfiguration).toBeUndefined();
  });

  it('runs no OpenSearch domain unless the configuration asks for one', () => {
    expect(CONFIGURATION.logging.openSearch).toBe(false);
    expect(ofType('AWS::OpenSearchService::Domain')).toEqual([]);
  });

  it('has no AWS Solutions finding', () => {
    // Act
    const { violations } = new AwsSolutionsChecks().validateScope(stack);
    // Assess
    expect(violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`))).toEqual([]);
  });
});

describe('The logging account with security analytics (logging.openSearch)', () => {
  const configuration = { ...CONFIGURATION, logging: { ...CONFIGURATION.logging, openSearch: true } };
  const stack = new LoggingStack(new App({ context: cdkJsonContext() }), 'Logs', {
    configuration,
    env: { account: CONFIGURATION.logging.account, region: CONFIGURATION.logging.region },
  });
  const resources: Record<string, Resource> = Template.fromStack(stack).toJSON().Resources;
  const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);

  it('runs a zone-aware domain with dedicated masters, encrypted at rest with the archive key and in transit', () => {
    // Act
    const [domain, ...others] = ofType('AWS::OpenSearchService::Domain');
    // Assess
    expect(others).toEqual([]);
    expect(domain!.Properties).toMatchObject({
      ClusterConfig: { DedicatedMasterEnabled: true, DedicatedMasterCount: 3, ZoneAwarenessEnabled: true },
      EncryptionAtRestOptions: { Enabled: true, KmsKeyId: expect.anything() },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
    });
  });

  it("indexes each archive's log events, decompressed and extracted, into an index of its own, and still archives every record", () => {
    for (const [name, archive] of stack.archives) {
      // Act
      const config =
        resources[stack.getLogicalId(archive.deliveryStream as never)]!.Properties.AmazonopensearchserviceDestinationConfiguration;
      // Assess
      expect(config.IndexName, name).toBe(`videoshops-logs-${name}`);
      expect(config.ProcessingConfiguration.Processors.map((p: { Type: string }) => p.Type)).toEqual([
        'Decompression',
        'CloudWatchLogProcessing',
      ]);
      expect(config.S3BackupMode).toBe('AllDocuments');
      const archived = config.S3Configuration.BucketARN['Fn::GetAtt'][0];
      expect(
        archived === stack.getLogicalId(archive.bucket.node.defaultChild as never) ||
          resources[archived]!.Properties.ReplicationConfiguration,
      ).toBeTruthy();
    }
  });

  it('has no AWS Solutions finding', () => {
    // Act
    const { violations } = new AwsSolutionsChecks().validateScope(stack);
    // Assess
    expect(violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`))).toEqual([]);
  });
});

describe('Shipping a stack’s logs to the logging account', () => {
  const destinationArn = logDestinationArn(CONFIGURATION, 'workloads');
  const stackWithGroups = (...names: string[]) => {
    const stack = new Stack(new App(), 'Workload', { env: { account: CONFIGURATION.stages.dev.account, region: 'eu-west-1' } });
    return { stack, groups: names.map((name) => new LogGroup(stack, name, { logGroupName: name })) };
  };
  const filters = (stack: Stack) =>
    Object.values(Template.fromStack(stack).toJSON().Resources as Record<string, Resource>)
      .filter((r) => r.Type === 'AWS::Logs::SubscriptionFilter')
      .map((r) => r.Properties);

  it('subscribes every log group it is given, and the web ACL’s, to the destination with every event', () => {
    // Prepare
    const { stack, groups } = stackWithGroups('/aws/appsync/apis/x', 'aws-waf-logs-videoshops-dev');
    // Act
    new CentralLogs(stack, 'CentralLogs', { destinationArn, logGroups: [groups[0]!], firewallLogGroup: groups[1] });
    // Assess
    expect(filters(stack)).toEqual(
      groups.map((group) => ({
        DestinationArn: destinationArn,
        FilterPattern: '',
        LogGroupName: { Ref: stack.getLogicalId(group.node.defaultChild as never) },
      })),
    );
  });

  it('refuses a web ACL log group whose name WAF would not deliver to', () => {
    // Prepare
    const { stack, groups } = stackWithGroups('/aws/waf/videoshops-dev');
    // Act
    const ship = () => new CentralLogs(stack, 'CentralLogs', { destinationArn, logGroups: [], firewallLogGroup: groups[0] });
    // Assess
    expect(ship).toThrow('WAF logs only to log groups named aws-waf-logs-…, not /aws/waf/videoshops-dev');
  });

  it('fails synth when a log group would get more than the two subscription filters CloudWatch Logs allows', () => {
    // Prepare: two other subscribers of the same group
    const { stack, groups } = stackWithGroups('/aws/lambda/checkout');
    new CentralLogs(stack, 'CentralLogs', { destinationArn, logGroups: groups });
    for (const id of ['Metrics', 'Alerts'])
      groups[0]!.addSubscriptionFilter(id, {
        destination: { bind: () => ({ arn: destinationArn }) },
        filterPattern: { logPatternString: '' },
      });
    // Act
    const synth = () => Template.fromStack(stack);
    // Assess
    expect(synth).toThrow(/Log group \{"Ref":"\w+"\} has 3 subscription filters; CloudWatch Logs allows 2/);
  });
});
