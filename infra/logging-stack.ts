import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { accountsShippingTo, logDestinationArn, logDestinationName, type Configuration } from './stages.ts';
import { LogArchive } from './constructs/log-archive.ts';
import { SecurityAnalytics } from './constructs/security-analytics.ts';
import { acknowledge } from './nag.ts';

export interface LoggingStackProps extends StackProps {
  configuration: Configuration;
}

/**
 * The logging account: one archive per `logging.archives` entry, each receiving the logs of the
 * stages that name it. Deployed before the stages, whose subscription filters need its destinations.
 */
export class LoggingStack extends Stack {
  readonly archives = new Map<string, LogArchive>();

  constructor(scope: Construct, id: string, { configuration, ...props }: LoggingStackProps) {
    super(scope, id, props);
    const key = new Key(this, 'ArchiveKey', {
      description: 'Encrypts the central log archives and their Firehose streams',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // S3 delivers server access logs only into SSE-S3 buckets.
    const accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(accessLogs, 'S1', "This bucket receives the archives' server access logs; logging its own access into itself would loop.");
    const analytics = configuration.logging.openSearch ? new SecurityAnalytics(this, 'SecurityAnalytics', { key }).domain : undefined;
    for (const [name, settings] of Object.entries(configuration.logging.archives)) {
      const sourceAccounts = accountsShippingTo(configuration, name);
      if (sourceAccounts.length === 0) continue;
      this.archives.set(
        name,
        new LogArchive(this, `Archive-${name}`, {
          settings,
          destinationName: logDestinationName(name),
          destinationArn: logDestinationArn(configuration, name),
          sourceAccounts,
          key,
          accessLogs,
          analytics,
        }),
      );
    }
  }
}
