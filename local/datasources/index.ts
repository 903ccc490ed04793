import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceDeclaration } from '../../infra/declaration.ts';
import { dynamoDbDataSource } from './dynamodb.ts';
import { noneDataSource } from './none.ts';
import type { DataSource } from './types.ts';

/** What data sources need from the runtime that hosts them. */
export interface DataSourceDependencies {
  dynamoDb: DynamoDBClient;
  tableName: (logical: string) => string;
  /** Secret sealing DynamoDB nextTokens. */
  tokenKey: Uint8Array;
  onDynamoDbRequest?: (call: { operation: string; tables: string[] }) => void;
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
  }
}
