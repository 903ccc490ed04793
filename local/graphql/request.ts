// A GraphQL request from the moment its JSON arrives until the executor runs it: the body parsed,
// the document parsed and validated (once per distinct query text, by the executor), the
// operation chosen and its root fields collected. Request-level authorization (IAM checks the root
// fields against the caller's policy) and the real-time `start` read the same prepared request the
// executor then runs.
import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { missingOperationName, subscriptionOverHttp, unknownOperationName, type AppSyncErrorJson, type Rejection } from './errors.ts';
import { collectFields, fragmentsOf, type Fragments } from './selection.ts';

export interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface GraphQLResponse {
  data?: unknown;
  errors?: AppSyncErrorJson[];
  /** Set when AppSync answers with an HTTP status other than 200; not part of the body. */
  statusCode?: number;
}

/** Where a request arrived: a subscription runs only over the real-time WebSocket. */
export type Transport = 'http' | 'websocket';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A GraphQL request from JSON text: an object with a string `query` and, when present, an object
 * `variables`; undefined for anything else. An `operationName` that is not a string makes the
 * request unparseable over HTTP; a real-time `start` ignores it (`otherOperationName`).
 */
export function parseRequestBody(text: string, otherOperationName: 'refuse' | 'ignore'): GraphQLRequestBody | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  const { query, variables, operationName } = parsed;
  if (typeof query !== 'string') return undefined;
  if (variables !== undefined && variables !== null && !isObject(variables)) return undefined;
  const named = typeof operationName === 'string';
  if (!named && operationName !== undefined && operationName !== null && otherOperationName === 'refuse') return undefined;
  return {
    query,
    variables: (variables as Record<string, unknown> | null | undefined) ?? null,
    operationName: named ? operationName : null,
  };
}

/**
 * The operation a request runs, or AppSync's refusal. Any operationName that is a string counts as
 * given, even an empty one. A subscription refused over HTTP is named beside the refusal.
 */
export function selectOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  transport: Transport = 'http',
): { operation: OperationDefinitionNode } | { rejection: Rejection; subscription?: OperationDefinitionNode } {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  let operation: OperationDefinitionNode | undefined;
  if (typeof operationName === 'string') {
    operation = operations.find((o) => o.name?.value === operationName);
    if (!operation) return { rejection: unknownOperationName(operationName) };
  } else {
    if (operations.length !== 1) return { rejection: missingOperationName() };
    operation = operations[0]!;
  }
  if (transport === 'http' && operation.operation === 'subscription') return { rejection: subscriptionOverHttp(), subscription: operation };
  return { operation };
}

/** The operation a selection chose, whether or not it may run on the transport. */
export const chosenOperation = (selected: ReturnType<typeof selectOperation>): OperationDefinitionNode | undefined =>
  'operation' in selected ? selected.operation : selected.subscription;

/** An operation's root fields by response name, fragments flattened (`__typename` and introspection included). */
export type RootFields = ReadonlyMap<string, readonly FieldNode[]>;

/** A request the executor can run. */
export interface RunnableRequest {
  body: GraphQLRequestBody;
  document: DocumentNode;
  fragments: Fragments;
  operation: OperationDefinitionNode;
  rootFields: RootFields;
  refusal?: undefined;
}

/**
 * A request AppSync answers without running it. What could be read of it is kept: IAM checks the
 * root fields of an operation whose document does not validate, as AppSync authorizes first.
 */
export interface RefusedRequest {
  body: GraphQLRequestBody;
  refusal: GraphQLResponse;
  operation?: OperationDefinitionNode;
  rootFields?: RootFields;
}

export type PreparedRequest = RunnableRequest | RefusedRequest;

/** A document as the executor caches it: parsed if it parses, with the response to it if it does not validate. */
export type PreparedDocument =
  { document: DocumentNode } | { document: DocumentNode; response: GraphQLResponse } | { document?: undefined; response: GraphQLResponse };

export const rejectionResponse = ({ statusCode, body }: Rejection): GraphQLResponse => ({ ...body, statusCode });

const rootFieldsByOperation = new WeakMap<OperationDefinitionNode, RootFields>();

/** Collected once per operation: documents are cached, so the same operation node comes back request after request. */
function rootFieldsOf(operation: OperationDefinitionNode, fragments: Fragments): RootFields {
  let fields = rootFieldsByOperation.get(operation);
  if (!fields) rootFieldsByOperation.set(operation, (fields = collectFields(operation.selectionSet, fragments)));
  return fields;
}

/**
 * Prepares a request from its (cached) document: the refusal AppSync answers with comes first
 * from the document (syntax, validation), then from choosing the operation.
 */
export function prepareRequest(body: GraphQLRequestBody, prepared: PreparedDocument, transport: Transport): PreparedRequest {
  const { document } = prepared;
  if (!document) return { body, refusal: prepared.response };
  const fragments = fragmentsOf(document);
  const selected = selectOperation(document, body.operationName, transport);
  const operation = chosenOperation(selected);
  const rootFields = operation && rootFieldsOf(operation, fragments);
  if ('response' in prepared) return { body, refusal: prepared.response, operation, rootFields };
  if ('rejection' in selected) return { body, refusal: rejectionResponse(selected.rejection), operation, rootFields };
  return { body, document, fragments, operation: selected.operation, rootFields: rootFields! };
}
