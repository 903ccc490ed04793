// Requests AppSync turns away before graphql-java sees them, with their HTTP status. These are
// AppSync's own errors, shaped `{ errors: [{ errorType, message }] }` with no data and no locations.
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

export interface AppSyncHttpError {
  statusCode: number;
  body: { errors: { message: string; errorType: string }[] };
}

const rejection = (statusCode: number, errorType: string, message: string): AppSyncHttpError => ({
  statusCode,
  body: { errors: [{ message, errorType }] },
});

/** graphql/graphql-over-http#81, written by the AppSync team. */
export const emptyRequestBody = () => rejection(400, 'MalformedHttpRequestException', 'Request body is empty.');

/** A body that is not a GraphQL request (`meow`, `{}`, `[]`): graphql/graphql-over-http#81. */
export const unparseableRequestBody = () => rejection(400, 'MalformedHttpRequestException', 'Unable to parse GraphQL query.');

/**
 * An operationName that names no operation. Quoted from an AppSync response in
 * altair-graphql/altair#1122 ("No operation matches the provided operation name ." for an empty
 * name); the 400 status is assumed from the error type.
 */
export const unknownOperationName = (name: string) =>
  rejection(400, 'BadRequestException', `No operation matches the provided operation name ${name}.`);

/** Several operations and no operationName. Unconfirmed: no AppSync response found; text as floci-io/floci has it. */
export const missingOperationName = () => rejection(400, 'BadRequestException', 'Missing operation name.');

/**
 * A subscription sent over HTTP instead of the real-time WebSocket: AppSync answers with its old
 * MQTT transport's retirement notice (aws-samples/aws-amplify-appsync-graphql-real-time-canvas#28,
 * awslabs/aws-mobile-appsync-sdk-android#356). The 400 status is assumed.
 */
export const subscriptionOverHttp = () => rejection(400, 'BadRequestException', 'Subscriptions over MQTT is not supported.');

/** Variable values nested deeper than the runtime accepts (request-limits.ts); reconstructed, AppSync documents no such limit. */
export const variablesTooDeep = (max: number) => rejection(400, 'BadRequestException', `Variable values may be nested at most ${max} levels deep.`);

/** More root introspection fields than the runtime runs (request-limits.ts); reconstructed, AppSync documents no such limit. */
export const tooMuchIntrospection = (max: number) => rejection(400, 'BadRequestException', `A request may select __schema or __type at most ${max} times.`);

/**
 * The operation a request runs, or AppSync's refusal. Any operationName that is a string counts as
 * given, even an empty one.
 */
export function selectOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  transport: 'http' | 'websocket' = 'http',
): { operation: OperationDefinitionNode } | { rejection: AppSyncHttpError } {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  let operation: OperationDefinitionNode | undefined;
  if (typeof operationName === 'string') {
    operation = operations.find((o) => o.name?.value === operationName);
    if (!operation) return { rejection: unknownOperationName(operationName) };
  } else {
    if (operations.length !== 1) return { rejection: missingOperationName() };
    operation = operations[0];
  }
  if (transport === 'http' && operation.operation === 'subscription') return { rejection: subscriptionOverHttp() };
  return { operation };
}
