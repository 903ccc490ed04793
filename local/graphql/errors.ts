// AppSync's errors for a GraphQL request, in its JSON shapes: the entries of a response's `errors`
// (a document that does not parse or validate, a field that failed) and the refusals it answers
// with another HTTP status before anything runs. AppSync is built on graphql-java; the texts
// reproduce graphql-java's words (see validation/messages.ts for the release and the sources).
import {
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  getLocation,
  getNamedType,
  type DocumentNode,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import { GRAPHQL_JAVA_RULES } from './validation/graphql-java-rules.ts';
import { validationErrorMessage } from './validation/messages.ts';
import { validateLikeGraphqlJava } from './validation/traversal.ts';

/** One entry of a response's `errors`, with AppSync's keys in AppSync's order. */
export interface AppSyncErrorJson {
  path?: (string | number)[] | null;
  data?: unknown;
  errorType?: string | null;
  errorInfo?: unknown;
  locations?: { line: number; column: number; sourceName: null }[] | null;
  message: string;
}

export const formatLocations = (locations: readonly (SourceLocation | undefined)[] | undefined) =>
  locations?.filter((l): l is SourceLocation => !!l).map(({ line, column }) => ({ line, column, sourceName: null })) ?? null;

/** The body of a response that ran nothing: `data` null and the errors. */
export type RequestErrorResponse = { data: null; errors: AppSyncErrorJson[] };

/** A field-level failure, as it appears in the response's `errors`. */
export class FieldError extends Error {
  constructor(
    message: string,
    readonly errorType: string | null,
    readonly data: unknown = null,
    readonly errorInfo: unknown = null,
  ) {
    super(message);
    this.name = 'FieldError';
  }
}

/** A field the caller may not resolve: field-level authorization, or `util.unauthorized()`. */
export const notAuthorized = (fieldName: string, typeName: string) =>
  new FieldError(`Not Authorized to access ${fieldName} on type ${typeName}`, 'Unauthorized');

/** A failed field's entry: every key present, null where the failure has nothing to say. */
export function fieldErrorJson(
  path: readonly (string | number)[] | undefined,
  failure: { message: string; errorType?: string | null; data?: unknown; errorInfo?: unknown },
  locations: AppSyncErrorJson['locations'],
): AppSyncErrorJson {
  return {
    path: path ? [...path] : null,
    data: failure.data ?? null,
    errorType: failure.errorType ?? null,
    errorInfo: failure.errorInfo ?? null,
    locations,
    message: failure.message,
  };
}

/**
 * What graphql-js reported of a field, in AppSync's words: a FieldError as its resolver failed it,
 * a non-null field that resolved to null as AppSync reports it, anything else with its own message.
 */
export function executionErrorJson(error: GraphQLError, schema: GraphQLSchema): AppSyncErrorJson {
  const original = error.originalError;
  if (original instanceof FieldError) return fieldErrorJson(error.path, original, formatLocations(error.locations));
  const nonNull = /^Cannot return null for non-nullable field (\w+)\.(\w+)\.$/.exec(error.message);
  if (nonNull && error.path) {
    const field = schema.getType(nonNull[1]!);
    const fieldType =
      field && 'getFields' in field
        ? (field.getFields() as Record<string, { type: Parameters<typeof getNamedType>[0] }>)[nonNull[2]!]?.type
        : undefined;
    return nonNullViolation(fieldType ? getNamedType(fieldType).name : 'Unknown', nonNull[1]!, [...error.path]);
  }
  return fieldErrorJson(error.path, { message: error.message }, formatLocations(error.locations));
}

/**
 * The error AppSync adds when a non-null field resolves to null, e.g.
 * "Cannot return null for non-nullable type: 'ID' within parent 'Post' (/getPost/id)": no
 * locations, no errorType (aws/aws-cdk#19061 and an Amplify app's recorded response). Type names
 * are graphql-java's getName(): a list type prints as "null" (see `javaTypeName` in java-format.ts).
 */
export function nonNullViolation(typeName: string, parentTypeName: string, path: readonly (string | number)[]): AppSyncErrorJson {
  const resultPath = path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `/${segment}`)).join('');
  return {
    path: [...path],
    locations: null,
    message: `Cannot return null for non-nullable type: '${typeName}' within parent '${parentTypeName}' (${resultPath})`,
  };
}

/** An error graphql-js reported of the whole request, in AppSync's shape with graphql-js's words. */
export const plainError = (error: GraphQLError): AppSyncErrorJson => ({
  path: null,
  locations: formatLocations(error.locations),
  message: error.message,
});

/**
 * The body AppSync returns (HTTP 200) when a document does not parse: graphql-java's
 * InvalidSyntaxError, which names the token the parser stopped at ("Invalid Syntax : offending
 * token 'queryy' at line 1 column 1"). Unconfirmed against a recorded AppSync response; the
 * message is graphql-java's.
 */
export function syntaxErrorResponse(error: GraphQLError): RequestErrorResponse {
  const source = error.source ?? new Source('');
  const position = error.positions?.[0] ?? 0;
  const { line, column } = getLocation(source, position);
  const message = `Invalid Syntax : offending token '${offendingToken(source, position)}' at line ${line} column ${column}`;
  return { data: null, errors: [{ path: null, locations: [{ line, column, sourceName: null }], message }] };
}

/**
 * The text of the token at `position`, as ANTLR shows it: `<EOF>` at the end, the raw source
 * otherwise. Where graphql-js stops inside a token it cannot lex, that one character.
 */
function offendingToken(source: Source, position: number): string {
  const lexer = new Lexer(source);
  try {
    let token = lexer.advance();
    while (token.kind !== TokenKind.EOF && token.end <= position) token = lexer.advance();
    if (token.kind === TokenKind.EOF) return '<EOF>';
    return token.start === position ? source.body.slice(token.start, token.end) : source.body.charAt(position);
  } catch {
    return position >= source.body.length ? '<EOF>' : source.body.charAt(position);
  }
}

/**
 * Validation errors a response reports at most: a 1 MiB document can hold thousands of the same
 * mistake, and the answer need not be larger than the question. The number is graphql-js's
 * default `maxErrors`; AppSync publishes none.
 */
export const MAX_VALIDATION_ERRORS = 100;

/**
 * graphql-java's validation errors for a document, in its order; empty when AppSync would run it.
 * The runtime uses this instead of graphql-js `validate`: the two disagree on some documents
 * (a missing non-null argument that has a default, a non-null variable with a default, ...).
 */
export function appSyncValidationErrors(schema: GraphQLSchema, document: DocumentNode): AppSyncErrorJson[] {
  return validateLikeGraphqlJava(schema, document, GRAPHQL_JAVA_RULES)
    .slice(0, MAX_VALIDATION_ERRORS)
    .map((e) => ({
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
 * A request AppSync turns away before graphql-java sees it, with its HTTP status: its own errors,
 * shaped `{ errors: [{ errorType, message }] }` with no data and no locations.
 */
export interface Rejection {
  statusCode: number;
  body: { errors: { message: string; errorType: string }[] };
}

/** `error` is written with its keys in the order AppSync's recorded answer has them. */
export const rejection = (statusCode: number, error: { message: string; errorType: string }): Rejection => ({
  statusCode,
  body: { errors: [error] },
});

/**
 * An operationName that names no operation. Quoted from an AppSync response in
 * altair-graphql/altair#1122 ("No operation matches the provided operation name ." for an empty
 * name); the 400 status is assumed from the error type.
 */
export const unknownOperationName = (name: string) =>
  rejection(400, { message: `No operation matches the provided operation name ${name}.`, errorType: 'BadRequestException' });

/** Several operations and no operationName. Unconfirmed: no AppSync response found; text as floci-io/floci has it. */
export const missingOperationName = () => rejection(400, { message: 'Missing operation name.', errorType: 'BadRequestException' });

/**
 * A subscription sent over HTTP instead of the real-time WebSocket: AppSync answers with its old
 * MQTT transport's retirement notice (aws-samples/aws-amplify-appsync-graphql-real-time-canvas#28,
 * awslabs/aws-mobile-appsync-sdk-android#356). The 400 status is assumed.
 */
export const subscriptionOverHttp = () =>
  rejection(400, { message: 'Subscriptions over MQTT is not supported.', errorType: 'BadRequestException' });

/** Variable values nested deeper than the runtime accepts (request-limits.ts); reconstructed, AppSync documents no such limit. */
export const variablesTooDeep = (max: number) =>
  rejection(400, { message: `Variable values may be nested at most ${max} levels deep.`, errorType: 'BadRequestException' });

/** More root introspection fields than the runtime runs (request-limits.ts); reconstructed, AppSync documents no such limit. */
export const tooMuchIntrospection = (max: number) =>
  rejection(400, { message: `A request may select __schema or __type at most ${max} times.`, errorType: 'BadRequestException' });
