import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { ArnPrincipal, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnDeliveryStream, DeliveryStream, S3Bucket, StreamEncryption } from 'aws-cdk-lib/aws-kinesisfirehose';
import type { Domain } from 'aws-cdk-lib/aws-opensearchservice';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { CrossAccountDestination } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectLockRetention, StorageClass, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { LogArchiveSettings } from '../stages.ts';
import { acknowledge, acknowledgeWildcardResources } from '../nag.ts';

export interface LogArchiveProps {
  settings: LogArchiveSettings;
  /** The CloudWatch Logs destination's name, and the ARN the stages' subscription filters name. */
  destinationName: string;
  destinationArn: string;
  /** The accounts allowed to subscribe their log groups to the destination: exactly these. */
  sourceAccounts: string[];
  key: IKey;
  accessLogs: IBucket;
  /** Also index every event into this domain, backing all of them up into the archive. */
  analytics?: Domain;
}

/** What the grants of a Firehose role into the archive bucket and key hold, and why. */
const STREAM_GRANTS = {
  actions: ['kms:GenerateDataKey*', 'kms:ReEncrypt*', 's3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*'],
  reason:
    "A Firehose stream's role is granted read and write (as Bucket.grantReadWrite and Key.grantEncryptDecrypt do) " +
    'on this archive bucket and key only: Firehose writes, lists and aborts multipart uploads of the objects it delivers.',
};

/** How long an object stays in the landing bucket of a locked archive, after it was replicated. */
const LANDING_DAYS = 7;

/**
 * One archive of the logging account: a CloudWatch Logs destination the source accounts may
 * subscribe to, a Firehose stream behind it, and the KMS-encrypted bucket it fills.
 *
 * An archive with Object Lock keeps its objects in a second bucket, locked for the retention:
 * Firehose's documentation lists no support for Object Lock buckets, and S3 requires a
 * Content-MD5 or checksum header on every upload into a bucket with default retention
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html, "Uploading
 * objects to an Object Lock enabled bucket"), so Firehose delivers into a landing bucket and S3
 * Replication, which that page documents for Object Lock, copies each object into the locked one.
 */
export class LogArchive extends Construct {
  /** Where the archive's objects are kept (the locked bucket when the archive has Object Lock). */
  readonly bucket: Bucket;
  /** Where the stream delivers: the bucket itself, or the landing bucket replicated into the locked one. */
  readonly landing: Bucket;
  /** The Firehose stream behind the destination. */
  readonly deliveryStream: DeliveryStream | CfnDeliveryStream;
  readonly destination: CrossAccountDestination;

  constructor(
    scope: Construct,
    id: string,
    { settings, destinationName, destinationArn, sourceAccounts, key, accessLogs, analytics }: LogArchiveProps,
  ) {
    super(scope, id);
    const bucket = (
      bucketId: string,
      props: { objectLock?: LogArchiveSettings['objectLock']; expireAfterDays: number; replicateTo?: Bucket },
    ) =>
      new Bucket(this, bucketId, {
        encryption: BucketEncryption.KMS,
        encryptionKey: key,
        bucketKeyEnabled: true,
        enforceSSL: true,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        versioned: true,
        serverAccessLogsBucket: accessLogs,
        serverAccessLogsPrefix: `${destinationName}/${bucketId}/`,
        objectLockDefaultRetention:
          props.objectLock &&
          (props.objectLock.mode === 'COMPLIANCE'
            ? ObjectLockRetention.compliance(Duration.days(props.objectLock.days))
            : ObjectLockRetention.governance(Duration.days(props.objectLock.days))),
        lifecycleRules: [
          {
            expiration: Duration.days(props.expireAfterDays),
            noncurrentVersionExpiration: Duration.days(1),
            abortIncompleteMultipartUploadAfter: Duration.days(1),
            transitions:
              props.expireAfterDays > settings.infrequentAccessAfterDays
                ? [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(settings.infrequentAccessAfterDays) }]
                : [],
          },
        ],
        replicationRules: props.replicateTo && [{ destination: props.replicateTo, kmsKey: key, sseKmsEncryptedObjects: true, priority: 1 }],
        removalPolicy: RemovalPolicy.RETAIN,
      });

    this.bucket = bucket('Bucket', { objectLock: settings.objectLock, expireAfterDays: settings.expireAfterDays });
    this.landing = settings.objectLock ? bucket('Landing', { expireAfterDays: LANDING_DAYS, replicateTo: this.bucket }) : this.bucket;

    const s3Delivery = {
      encryptionKey: key,
      dataOutputPrefix: 'logs/!{timestamp:yyyy/MM/dd}/',
      errorOutputPrefix: 'errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/',
      bufferingInterval: Duration.minutes(5),
    };
    this.deliveryStream = analytics
      ? indexingStream(this, { domain: analytics, bucket: this.landing, key, index: destinationName, ...s3Delivery })
      : // CloudWatch Logs sends each batch gzip-compressed already: archived as it comes.
        new DeliveryStream(this, 'Stream', {
          encryption: StreamEncryption.customerManagedKey(key),
          destination: new S3Bucket(this.landing, s3Delivery),
        });
    const streamArn = this.deliveryStream instanceof DeliveryStream ? this.deliveryStream.deliveryStreamArn : this.deliveryStream.attrArn;

    const role = new Role(this, 'DestinationRole', {
      // The confused-deputy guard of the destination walkthrough: only for log events of the source
      // accounts, and for the test message CloudWatch Logs sends from this account when the
      // destination is created (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CreateFirehoseStreamDestination-Account.html).
      assumedBy: new ServicePrincipal('logs.amazonaws.com').withConditions({
        StringLike: {
          'aws:SourceArn': [...sourceAccounts, Stack.of(this).account].map(
            (account) => `arn:aws:logs:${Stack.of(this).region}:${account}:*`,
          ),
        },
      }),
      description: `Lets CloudWatch Logs put the events sent to ${destinationName} into its Firehose stream`,
    });
    role.addToPolicy(new PolicyStatement({ actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'], resources: [streamArn] }));
    if (this.deliveryStream instanceof DeliveryStream) {
      acknowledgeGrantWildcards(this.deliveryStream, { resources: [`${this.landing.bucketArn}/*`], ...STREAM_GRANTS });
    }
    if (this.landing !== this.bucket) {
      acknowledgeGrantWildcards(this.landing, {
        actions: ['kms:GenerateDataKey*', 'kms:ReEncrypt*'],
        resources: [`${this.landing.bucketArn}/*`, `${this.bucket.bucketArn}/*`],
        reason:
          "S3 Replication's role as CDK scopes it: reads every object version of the landing bucket, writes replicas into the locked one, both under the archive key.",
      });
    }
    this.destination = new CrossAccountDestination(this, 'Destination', {
      destinationName,
      role,
      targetArn: streamArn,
    });
    // CloudWatch Logs puts a test message through the role when it creates the destination.
    this.destination.node.addDependency(role);
    this.destination.addToPolicy(
      new PolicyStatement({
        principals: sourceAccounts.map((account) => new ArnPrincipal(account)),
        actions: ['logs:PutSubscriptionFilter'],
        resources: [destinationArn],
      }),
    );
  }
}

/**
 * A stream that decompresses CloudWatch Logs' batches, indexes each log event into the domain
 * (one index a day) and backs every record up into the archive bucket, so the archive stays
 * complete (https://docs.aws.amazon.com/firehose/latest/dev/Message_extraction.html). The L2
 * DeliveryStream has no OpenSearch destination.
 */
function indexingStream(
  scope: Construct,
  props: {
    domain: Domain;
    bucket: IBucket;
    key: IKey;
    index: string;
    dataOutputPrefix: string;
    errorOutputPrefix: string;
    bufferingInterval: Duration;
  },
): CfnDeliveryStream {
  const role = new Role(scope, 'StreamRole', {
    assumedBy: new ServicePrincipal('firehose.amazonaws.com').withConditions({
      StringEquals: { 'aws:SourceAccount': Stack.of(scope).account },
    }),
    description: `Lets Firehose index ${props.index} into the security analytics domain and back it up into its archive`,
  });
  props.bucket.grantReadWrite(role);
  props.key.grantEncryptDecrypt(role);
  props.domain.grantIndexWrite(`${props.index}-*`, role);
  role.addToPolicy(
    new PolicyStatement({
      actions: ['es:DescribeDomain', 'es:DescribeDomains', 'es:DescribeDomainConfig'],
      resources: [props.domain.domainArn],
    }),
  );
  const buffering = { intervalInSeconds: props.bufferingInterval.toSeconds(), sizeInMBs: 5 };
  const stream = new CfnDeliveryStream(scope, 'Stream', {
    deliveryStreamType: 'DirectPut',
    deliveryStreamEncryptionConfigurationInput: { keyType: 'CUSTOMER_MANAGED_CMK', keyArn: props.key.keyArn },
    amazonopensearchserviceDestinationConfiguration: {
      domainArn: props.domain.domainArn,
      indexName: props.index,
      indexRotationPeriod: 'OneDay',
      roleArn: role.roleArn,
      bufferingHints: buffering,
      retryOptions: { durationInSeconds: 300 },
      processingConfiguration: {
        enabled: true,
        processors: [
          { type: 'Decompression', parameters: [{ parameterName: 'CompressionFormat', parameterValue: 'GZIP' }] },
          { type: 'CloudWatchLogProcessing', parameters: [{ parameterName: 'DataMessageExtraction', parameterValue: 'true' }] },
        ],
      },
      s3BackupMode: 'AllDocuments',
      s3Configuration: {
        bucketArn: props.bucket.bucketArn,
        roleArn: role.roleArn,
        prefix: props.dataOutputPrefix,
        errorOutputPrefix: props.errorOutputPrefix,
        bufferingHints: buffering,
        encryptionConfiguration: { kmsEncryptionConfig: { awskmsKeyArn: props.key.keyArn } },
      },
    },
  });
  // Firehose checks its permissions when the stream is created.
  stream.node.addDependency(role);
  acknowledgeGrantWildcards(role, {
    ...STREAM_GRANTS,
    resources: [
      `${props.bucket.bucketArn}/*`,
      `${props.domain.domainArn}/${props.index}-*`,
      `${props.domain.domainArn}/${props.index}-*/*`,
    ],
  });
  return stream;
}

/** Acknowledges the wildcard actions and object ARNs CDK's grants put on the roles under `scope`. */
function acknowledgeGrantWildcards(
  scope: Construct,
  { actions, resources, reason }: { actions: string[]; resources: string[]; reason: string },
) {
  for (const action of actions) acknowledge(scope, `IAM5[Action::${action}]`, reason);
  acknowledgeWildcardResources(scope, resources, reason);
}
