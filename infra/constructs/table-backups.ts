import { Duration, Stack } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledgeWildcardResources } from '../nag.ts';
import type { StageConfig } from '../stages.ts';
import type { ApiTables } from './tables.ts';

export interface TableBackupsProps {
  /** `<api>-<stage>`: the vault's and the plan's names. */
  namePrefix: string;
  stage: StageConfig;
  tables: ApiTables;
}

/** How long each kind of copy is kept: PITR already covers any second of the last 35 days. */
export const BACKUP_RULES = [
  { ruleName: 'Daily', schedule: { hour: '3', minute: '0' }, keep: Duration.days(35) },
  { ruleName: 'Monthly', schedule: { day: '1', hour: '4', minute: '0' }, keep: Duration.days(365) },
] as const;

/**
 * AWS Backup copies of the tables, beside point-in-time recovery: they survive the table's
 * deletion and reach back a year. The vault is encrypted with a key of its own (used when
 * DynamoDB's advanced backup features are on for the account), and the copies are taken by a role
 * that may back up these tables and nothing else, instead of AWS's service role policy, which
 * reaches every resource type of the account.
 */
export class TableBackups extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;
  readonly role: Role;

  constructor(scope: Construct, id: string, { namePrefix, stage, tables }: TableBackupsProps) {
    super(scope, id);
    const key = new Key(this, 'VaultKey', {
      description: `Encrypts the table backups of ${namePrefix}`,
      enableKeyRotation: true,
      removalPolicy: stage.removalPolicy,
    });
    this.vault = new BackupVault(this, 'Vault', {
      backupVaultName: `${namePrefix}-tables`,
      encryptionKey: key,
      removalPolicy: stage.removalPolicy,
    });
    this.plan = new BackupPlan(this, 'Plan', {
      backupPlanName: `${namePrefix}-tables`,
      backupVault: this.vault,
      backupPlanRules: BACKUP_RULES.map(
        ({ ruleName, schedule, keep }) => new BackupPlanRule({ ruleName, scheduleExpression: Schedule.cron(schedule), deleteAfter: keep }),
      ),
    });

    this.role = new Role(this, 'Role', {
      description: `Backs up the tables of ${namePrefix}`,
      assumedBy: new ServicePrincipal('backup.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
      }),
    });
    const tableArns = tables.names.map((name) => tables.get(name).tableArn);
    // What AWSBackupServiceRolePolicyForBackup allows for DynamoDB, on these tables only.
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['dynamodb:DescribeTable', 'dynamodb:CreateBackup', 'dynamodb:StartAwsBackupJob', 'dynamodb:ListTagsOfResource'],
        resources: tableArns,
      }),
    );
    const backups = tableArns.map((arn) => `${arn}/backup/*`);
    this.role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:DescribeBackup', 'dynamodb:DeleteBackup'], resources: backups }));
    acknowledgeWildcardResources(
      this.role,
      backups,
      "DynamoDB names each backup when it takes it (`<table>/backup/<id>`): these tables' backups only.",
    );
    this.role.addToPolicy(
      new PolicyStatement({ actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'], resources: [key.keyArn] }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['kms:CreateGrant'],
        resources: [key.keyArn],
        conditions: { Bool: { 'kms:GrantIsForAWSResource': true } },
      }),
    );
    this.plan.addSelection('Tables', {
      backupSelectionName: 'tables',
      resources: tableArns.map((arn) => BackupResource.fromArn(arn)),
      role: this.role,
      disableDefaultBackupPolicy: true,
    });
  }
}
