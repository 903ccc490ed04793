import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DataSourceOutcome } from '../types.ts';
import type { AccessRequest } from './access.ts';
import type { Json } from './request-fields.ts';

/** What every operation of the data source gets: its table, its role, and the one way to reach DynamoDB. */
export interface OperationContext {
  /** Physical name of the data source's own table. */
  table: string;
  tokenKey: Uint8Array;
  /** Throws AccessDeniedError when the role lacks any of the grants. */
  authorize(requests: AccessRequest[]): Promise<void>;
  /** Sends exactly one DynamoDB API request, reporting it to `onRequest` first. */
  call<T>(operation: string, tables: string[], send: (client: DynamoDBClient) => Promise<T>): Promise<T>;
}

/** `ROOT` is the path of the request object itself in AppSync's messages: `$[key]`, `$[tables][T]`. */
export const ROOT = '$';

export type Operation = (context: OperationContext, request: Json) => Promise<DataSourceOutcome>;
