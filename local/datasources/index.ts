import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceDeclaration } from '../../model/declaration.ts';
import { dynamoDbDataSource } from './dynamodb/data-source.ts';
import type { LambdaHost } from '../lambda/host.ts';
import { lambdaDataSource } from './lambda.ts';
import { noneDataSource } from './none.ts';
import type { DataSource } from './types.ts';

/** What data sources need from the runtime that hosts them. */
export interface DataSourceDependencies {
  dynamoDb: DynamoDBClient;
  tableName: (logical: string) => string;
  /** Secret sealing DynamoDB nextTokens. */
  tokenKey: Uint8Array;
  onDynamoDbRequest?: (call: { operation: string; tables: string[] }) => void;
  /** The declared Lambda functions, for AWS_LAMBDA data sources. */
  lambdas?: LambdaHost;
}

/** Builds the data source a declaration names, with the permissions its role would have in AWS. */
export function createDataSource(ds: DataSourceDeclaration, deps: DataSourceDependencies): DataSource {
  switch (ds.type) {
    case 'NONE':
      return noneDataSource(ds.name);
    case 'AMAZON_DYNAMODB':
      return dynamoDbDataSource({
        name: ds.name,
        client: deps.dynamoDb,
        table: deps.tableName(ds.table),
        grantedTables: [ds.table, ...(ds.otherTables ?? [])].map(deps.tableName),
        readOnly: ds.readOnly,
        tokenKey: deps.tokenKey,
        onRequest: deps.onDynamoDbRequest,
      });
    case 'AWS_LAMBDA':
      if (!deps.lambdas) throw new Error(`Data source ${ds.name}: no Lambda functions are hosted by this runtime.`);
      return lambdaDataSource(ds.name, deps.lambdas.get(ds.function));
  }
}
