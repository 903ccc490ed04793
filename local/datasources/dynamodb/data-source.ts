import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InvalidPaginationTokenError } from './next-token.ts';
import { AccessDeniedError, authorize, type RolePolicy } from './access.ts';
import { batchDeleteItem, batchGetItem, batchPutItem } from './batch.ts';
import { appSyncErrorOf } from './errors.ts';
import { query, scan } from './listing.ts';
import { ROOT, type Operation, type OperationContext } from './operation.ts';
import { MappingTemplateError, isObject, jsonType, requiredString } from './request-fields.ts';
import { deleteItem, getItem, putItem, updateItem } from './single-item.ts';
import { transactGetItems, transactWriteItems } from './transactions.ts';
import type { DataSource, DataSourceOutcome } from '../types.ts';

export interface DynamoDbDataSourceOptions {
  name: string;
  client: DynamoDBClient;
  /** Physical name of the data source's table. */
  table: string;
  /** Physical names this data source's role may touch (its table and otherTables); others → AccessDenied as in AWS. */
  grantedTables: string[];
  /** The role grants only reads: writes → AccessDenied as in AWS. */
  readOnly?: boolean;
  /** Secret sealing the opaque nextTokens. */
  tokenKey: Uint8Array;
  /** Told of every DynamoDB API request made, before it is sent. */
  onRequest?: (call: { operation: string; tables: string[] }) => void;
}

const OPERATIONS: Record<string, Operation> = {
  GetItem: getItem,
  PutItem: putItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  BatchGetItem: batchGetItem,
  BatchPutItem: batchPutItem,
  BatchDeleteItem: batchDeleteItem,
  TransactGetItems: transactGetItems,
  TransactWriteItems: transactWriteItems,
};

/**
 * AMAZON_DYNAMODB: runs the request object of a resolver's request handler against DynamoDB as
 * AppSync does (https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-dynamodb-js.html),
 * one DynamoDB request per invocation, and hands back AppSync's `ctx.result` / `ctx.error` shapes.
 */
export function dynamoDbDataSource(options: DynamoDbDataSourceOptions): DataSource {
  const policy: RolePolicy = {
    dataSourceName: options.name,
    grantedTables: new Set(options.grantedTables),
    readOnly: options.readOnly ?? false,
    region: () => options.client.config.region(),
  };
  const context: OperationContext = {
    table: options.table,
    tokenKey: options.tokenKey,
    authorize: (requests) => authorize(policy, requests),
    call(operation, tables, send) {
      options.onRequest?.({ operation, tables });
      return send(options.client);
    },
  };
  return {
    name: options.name,
    type: 'AMAZON_DYNAMODB',
    async invoke(request) {
      try {
        return await run(context, request);
      } catch (error) {
        return { error: errorOutcome(error) };
      }
    },
  };
}

function run(context: OperationContext, request: unknown): Promise<DataSourceOutcome> {
  if (!isObject(request)) {
    throw new MappingTemplateError(`Expected JSON object for the request but got '${jsonType(request)}' instead.`);
  }
  const operation = requiredString(request, 'operation', ROOT);
  if (operation === 'Sync') {
    throw new MappingTemplateError("Operation 'Sync' needs a versioned data source (conflict detection); the local runtime has none.");
  }
  const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
  if (!handler) throw new MappingTemplateError(`Unsupported operation '${operation}'.`);
  return handler(context, request);
}

function errorOutcome(error: unknown): NonNullable<DataSourceOutcome['error']> {
  if (error instanceof MappingTemplateError) return { type: 'MappingTemplate', message: error.message };
  if (error instanceof AccessDeniedError) return error.appSyncError;
  // AppSync's own type for a token it cannot open (aws-amplify/amplify-cli#3411).
  if (error instanceof InvalidPaginationTokenError) return { type: 'DynamoDB:UserIllegalArgumentException', message: error.message };
  return appSyncErrorOf(error);
}
