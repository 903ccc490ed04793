import { randomBytes } from 'node:crypto';
import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import type { DataSourceOutcome } from '../types.ts';

/** A failed DynamoDB call as the response handler sees it: `ctx.error`, every data source's shape. */
export type AppSyncError = NonNullable<DataSourceOutcome['error']>;

/**
 * AppSync reports a DynamoDB failure as `DynamoDB:<exception class>` of the Java SDK v2 it runs on,
 * with the SDK's message suffix. Exceptions the DynamoDB model declares keep their own name
 * (`DynamoDB:ConditionalCheckFailedException`, `DynamoDB:TransactionCanceledException`); the rest
 * (ValidationException, AccessDeniedException, …) surface as the base class, `DynamoDB:DynamoDbException`.
 * Observed: "The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: …)"
 * in the AppSync developer guide's DynamoDB tutorial; AccessDenied and ValidationException as
 * `DynamoDB:DynamoDbException` in user reports (e.g. terraform-aws-modules/terraform-aws-appsync#7).
 * The JS SDK draws the same line: undeclared errors are instances of the base class itself.
 */
export function appSyncErrorOf(error: unknown): AppSyncError {
  if (error instanceof DynamoDBServiceException) {
    const declared = error.constructor !== DynamoDBServiceException;
    const status = error.$metadata?.httpStatusCode ?? 400;
    return {
      type: declared ? `DynamoDB:${error.name}` : BASE_EXCEPTION,
      message: withServiceSuffix(error.message, status, error.$metadata?.requestId ?? localRequestId()),
    };
  }
  // Failures before DynamoDB answered (connection refused, timeouts) are client-side in the Java SDK.
  // Node's message names the local endpoint (`connect ECONNREFUSED 127.0.0.1:PORT`): clients get its code only.
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.name : 'Error');
  return { type: 'DynamoDB:SdkClientException', message: `Unable to execute HTTP request: ${code}` };
}

const BASE_EXCEPTION = 'DynamoDB:DynamoDbException';

/** A refusal DynamoDB would answer with its base exception (HTTP 400), made here before any request is sent. */
export const refusedBeforeSending = (message: string): AppSyncError => ({
  type: BASE_EXCEPTION,
  message: withServiceSuffix(message, 400, localRequestId()),
});

const withServiceSuffix = (message: string, status: number, requestId: string) =>
  `${message} (Service: DynamoDb, Status Code: ${status}, Request ID: ${requestId})`;

/** DynamoDB request ids are 52 characters of [0-9A-Z]; used where no request reached DynamoDB. */
function localRequestId(): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from(randomBytes(52), (b) => alphabet[b % alphabet.length]).join('');
}
