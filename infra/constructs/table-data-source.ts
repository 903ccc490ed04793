import { Stack } from 'aws-cdk-lib';
import { BackedDataSource, type BackedDataSourceProps } from 'aws-cdk-lib/aws-appsync';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { appSyncServiceRole } from './appsync-service-role.ts';

export interface TableDataSourceProps extends Omit<BackedDataSourceProps, 'serviceRole'> {
  /** The table single-item operations go to. */
  table: ITable;
  /** ARNs the role may touch: the target table, the further tables of batches and transactions, their indexes. */
  resources: string[];
  /** The item actions its resolvers ask for (model/iam-grants.ts, `dataSourceDynamoDbActions`). */
  actions: string[];
}

/**
 * A DynamoDB data source whose role gets exactly the item actions its resolvers use. CDK's own
 * DynamoDbDataSource grants `grantReadWriteData` (Describe*, stream reads) to the target table
 * only, which is both wider than needed and too narrow for batch and transaction requests.
 */
export class TableDataSource extends BackedDataSource {
  constructor(scope: Construct, id: string, { table, resources, actions, ...props }: TableDataSourceProps) {
    const serviceRole = appSyncServiceRole(scope, `${id}Role`, `AppSync data source ${props.name ?? id}`);
    super(
      scope,
      id,
      { ...props, serviceRole },
      {
        type: 'AMAZON_DYNAMODB',
        dynamoDbConfig: { tableName: table.tableName, awsRegion: Stack.of(scope).region },
      },
    );
    if (actions.length) serviceRole.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
  }
}
