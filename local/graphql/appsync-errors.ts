// What AppSync answers when a request fails before any resolver runs, and when a non-null field
// comes back null. AppSync is built on graphql-java; these reproduce its graphql-java's words
// (see validation-messages.ts for the release and the sources) in AppSync's JSON shape.
import {
  Kind,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { formatLocations, type AppSyncErrorJson } from './error-json.ts';
import { GRAPHQL_JAVA_RULES } from './validation/graphql-java-rules.ts';
import { describeSyntaxError } from './syntax-errors.ts';
import { validationErrorMessage } from './validation/messages.ts';
import { validateLikeGraphqlJava } from './validation/traversal.ts';
import { coerceVariablesLikeAppSync } from './variable-coercion.ts';

export type { AppSyncErrorJson } from './error-json.ts';
export { coerceVariablesLikeAppSync, type VariableCoercion } from './variable-coercion.ts';
export { javaTypeName } from './java-format.ts';
export {
  emptyRequestBody,
  missingOperationName,
  selectOperation,
  subscriptionOverHttp,
  unknownOperationName,
  unparseableRequestBody,
  type AppSyncHttpError,
} from './operation-errors.ts';

type RequestErrorResponse = { data: null; errors: AppSyncErrorJson[] };

/**
 * The body AppSync returns (HTTP 200) when a document does not parse: graphql-java's
 * InvalidSyntaxError, shaped like its other errors. Unconfirmed against a recorded AppSync
 * response; the message is graphql-java's.
 */
export function syntaxErrorResponse(error: GraphQLError): RequestErrorResponse {
  const { message, line, column } = describeSyntaxError(error);
  return { data: null, errors: [{ path: null, locations: [{ line, column, sourceName: null }], message }] };
}

/**
 * graphql-java's validation errors for a document, in its order; empty when AppSync would run it.
 * The runtime should use this instead of graphql-js `validate`: the two disagree on some documents
 * (a missing non-null argument that has a default, a non-null variable with a default, ...).
 */
/**
 * Validation errors a response reports at most: a 1 MiB document can hold thousands of the same
 * mistake, and the answer need not be larger than the question. The number is graphql-js's
 * default `maxErrors`; AppSync publishes none.
 */
export const MAX_VALIDATION_ERRORS = 100;

export function appSyncValidationErrors(schema: GraphQLSchema, document: DocumentNode): AppSyncErrorJson[] {
  return validateLikeGraphqlJava(schema, document, GRAPHQL_JAVA_RULES).slice(0, MAX_VALIDATION_ERRORS).map((e) => ({
    path: null,
    locations: e.locations.map(({ line, column }) => ({ line, column, sourceName: null })),
    message: validationErrorMessage(e.type, e.description, e.queryPath),
  }));
}

/**
 * graphql-js validation errors → AppSync's graphql-java style errors. The words come from
 * re-validating the document as graphql-java does; where graphql-java has no rule against what
 * graphql-js rejected, graphql-js's own words are kept in AppSync's shape.
 */
export function validationErrorsResponse(
  errors: readonly GraphQLError[],
  document: DocumentNode,
  schema: GraphQLSchema,
): RequestErrorResponse {
  const appsync = appSyncValidationErrors(schema, document);
  return { data: null, errors: appsync.length ? appsync : errors.map(plainError) };
}

/**
 * Variable coercion failures → AppSync's message for the first bad variable (graphql-java stops
 * there). Prefer `coerceVariablesLikeAppSync` before executing: AppSync accepts some values
 * graphql-js refuses ("42" for an Int), and then there is no error to report.
 */
export function variableErrorsResponse(
  errors: readonly GraphQLError[],
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  operationName?: string | null,
): RequestErrorResponse {
  const operation = operationNamed(document, operationName);
  const coercion = operation && coerceVariablesLikeAppSync(schema, operation, variables);
  if (coercion && 'error' in coercion) return { data: null, errors: [coercion.error] };
  return { data: null, errors: errors.map(plainError) };
}

function operationNamed(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

const plainError = (error: GraphQLError): AppSyncErrorJson => ({
  path: null,
  locations: formatLocations(error.locations),
  message: error.message,
});

/**
 * The error AppSync adds when a non-null field resolves to null, e.g.
 * "Cannot return null for non-nullable type: 'ID' within parent 'Post' (/getPost/id)": no
 * locations, no errorType (aws/aws-cdk#19061 and an Amplify app's recorded response). Type names
 * are graphql-java's getName(): a list type prints as "null" (see `javaTypeName`).
 */
export function nonNullViolation(typeName: string, parentTypeName: string, path: readonly (string | number)[]): AppSyncErrorJson {
  const resultPath = path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `/${segment}`)).join('');
  return {
    path: [...path],
    locations: null,
    message: `Cannot return null for non-nullable type: '${typeName}' within parent '${parentTypeName}' (${resultPath})`,
  };
}
