import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { EbsDeviceVolumeType } from 'aws-cdk-lib/aws-ec2';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { CfnDomain, Domain, EngineVersion, TLSSecurityPolicy } from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/**
 * The OpenSearch domain the archives' streams index every log event into, for security analytics
 * (`logging.openSearch`). Zone-aware with dedicated masters, encrypted at rest with the archive
 * key and in transit; only the streams' roles are granted writes (LogArchive).
 */
export class SecurityAnalytics extends Construct {
  readonly domain: Domain;

  constructor(scope: Construct, id: string, { key }: { key: IKey }) {
    super(scope, id);
    this.domain = new Domain(this, 'Domain', {
      version: EngineVersion.OPENSEARCH_2_19,
      capacity: { masterNodes: 3, masterNodeInstanceType: 'm7g.large.search', dataNodes: 2, dataNodeInstanceType: 'r7g.large.search' },
      zoneAwareness: { enabled: true, availabilityZoneCount: 2 },
      ebs: { volumeSize: 100, volumeType: EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true, kmsKey: key },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.domain,
      'OS1',
      'Firehose delivers to the public endpoint with requests signed by its role, and the domain policy admits only the streams’ roles; a VPC would add subnets and VPC delivery to an account that runs nothing else.',
    );
    acknowledge(
      this.domain,
      'OS3',
      'Access is by IAM identity (the streams’ roles), not by source address: Firehose has no fixed addresses to allow.',
    );
    for (const logs of ['INDEX_SLOW_LOGS', 'SEARCH_SLOW_LOGS']) {
      acknowledge(
        this.domain,
        `OS9[LogExport::${logs}]`,
        'Slow logs need a CloudWatch Logs resource policy that CDK writes through a custom-resource Lambda allowed logs:PutResourcePolicy on the account; the domain’s CloudWatch metrics cover it until analysts rely on it.',
      );
    }
    // Identity-based access: the domain admits this account's principals, and each is allowed only
    // what its own policy grants (the streams' roles: writing their indexes). Set on the resource,
    // where it needs no ARN of the domain itself (CDK's accessPolicies adds a custom-resource Lambda).
    const { account, region, partition } = Stack.of(this);
    (this.domain.node.defaultChild as CfnDomain).accessPolicies = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:${partition}:iam::${account}:root` },
          Action: 'es:ESHttp*',
          Resource: `arn:${partition}:es:${region}:${account}:domain/*`,
        },
      ],
    };
  }
}
