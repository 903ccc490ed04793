import { Stack } from 'aws-cdk-lib';
import { BackedDataSource, type BackedDataSourceProps } from 'aws-cdk-lib/aws-appsync';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/** Every read a resolver can ask for: transactions and Sync are authorized by these item-level actions. */
export const DYNAMODB_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan'];

export const DYNAMODB_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

export interface TableDataSourceProps extends BackedDataSourceProps {
  /** The table single-item operations go to. */
  table: ITable;
  /** ARNs the role may touch: the target table, the further tables of batches and transactions, their indexes. */
  resources: string[];
  readOnly: boolean;
}

/**
 * A DynamoDB data source whose role gets exactly the item actions resolvers use. CDK's own
 * DynamoDbDataSource grants `grantReadWriteData` (Describe*, stream reads) to the target table
 * only, which is both wider than needed and too narrow for batch and transaction requests.
 */
export class TableDataSource extends BackedDataSource {
  constructor(scope: Construct, id: string, { table, resources, readOnly, ...props }: TableDataSourceProps) {
    super(scope, id, props, {
      type: 'AMAZON_DYNAMODB',
      dynamoDbConfig: { tableName: table.tableName, awsRegion: Stack.of(scope).region },
    });
    this.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: readOnly ? DYNAMODB_READ_ACTIONS : [...DYNAMODB_READ_ACTIONS, ...DYNAMODB_WRITE_ACTIONS],
        resources,
      }),
    );
  }
}
