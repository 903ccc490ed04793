import {
  Kind,
  getArgumentValues,
  getVariableValues,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Caller, Executor, GraphQLRequestBody } from '../graphql/executor.ts';
import { selectOperation } from '../graphql/operation-errors.ts';
import { subscriptionFilterViolation, type SubscriptionFilter } from '../appsync-js/util/subscription-filter.ts';
import { unsupported, type RealtimeError } from './protocol.ts';
import type { Subscriber } from './pubsub-hub.ts';

export type StartOutcome =
  | { ok: true; subscription: Pick<Subscriber, 'fieldName' | 'args' | 'filter' | 'invalidationFilter'> }
  | { ok: false; errors: RealtimeError[] };

/**
 * What AppSync does on `start`: the document is parsed and validated, must be a subscription, and its
 * field's resolver (unit or pipeline, any data source) runs with the subscriber's identity. The
 * resolver may refuse (`util.unauthorized()`, `util.error`) and may set enhanced and invalidation
 * filters, which are checked against AppSync's limits here.
 */
export async function startSubscription(
  executor: Executor,
  request: GraphQLRequestBody,
  caller: Caller,
  context: { headers: Record<string, string>; requestId?: string },
): Promise<StartOutcome> {
  const prepared = executor.prepare(request.query);
  if ('response' in prepared) return { ok: false, errors: prepared.response.errors ?? [] };
  const selected = selectOperation(prepared.document, request.operationName, 'websocket');
  if ('rejection' in selected) return { ok: false, errors: selected.rejection.body.errors };
  const { operation } = selected;
  // "query not supported through the realtime channel" (aws-amplify/amplify-swift#3885).
  if (operation.operation !== 'subscription') return { ok: false, errors: [unsupported(operation.operation)] };

  const subscriptionType = executor.schema.getSubscriptionType()!.name;
  let filter: unknown;
  let invalidationFilter: unknown;
  const response = await executor.execute(request, {
    caller,
    headers: context.headers,
    requestId: context.requestId,
    transport: 'websocket',
    realtime: {
      onScope: (typeName, _fieldName, scope) => {
        if (typeName !== subscriptionType) return;
        filter = scope.subscriptionFilter ?? filter;
        invalidationFilter = scope.subscriptionInvalidationFilter ?? invalidationFilter;
      },
    },
  });
  if (response.errors?.length || response.data === null || response.data === undefined) {
    return { ok: false, errors: response.errors ?? [] };
  }

  for (const candidate of [filter, invalidationFilter]) {
    const violation = candidate === undefined || candidate === null ? null : subscriptionFilterViolation(candidate);
    // The words are AppSync's (util/subscription-filter.ts); the error type is an assumption.
    if (violation) return { ok: false, errors: [{ errorType: 'BadRequestException', message: violation }] };
  }
  const field = rootField(operation, prepared.document);
  return {
    ok: true,
    subscription: {
      fieldName: field.name.value,
      args: subscriptionArguments(executor, operation, field, request.variables ?? {}),
      filter: (filter ?? undefined) as SubscriptionFilter | undefined,
      invalidationFilter: (invalidationFilter ?? undefined) as SubscriptionFilter | undefined,
    },
  };
}

/** The one root field of a valid subscription, through fragments. */
function rootField(operation: OperationDefinitionNode, document: DocumentNode): FieldNode {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const find = (set: SelectionSetNode): FieldNode | undefined => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && s.name.value !== '__typename') return s;
      const nested = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value)?.selectionSet : undefined;
      const found = nested && find(nested);
      if (found) return found;
    }
    return undefined;
  };
  return find(operation.selectionSet)!;
}

/**
 * The arguments the subscriber gave, coerced. A variable the document declares but the client did
 * not send counts as an explicit null (aws/aws-appsync-community#94 and #36).
 */
function subscriptionArguments(
  executor: Executor,
  operation: OperationDefinitionNode,
  field: FieldNode,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const schema = executor.schema;
  const definition = schema.getSubscriptionType()!.getFields()[field.name.value]!;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  const coerced: Record<string, unknown> = ('coerced' in variables && variables.coerced) || {};
  const args = getArgumentValues(definition, field, coerced);
  for (const node of field.arguments ?? []) {
    if (node.value.kind === Kind.VARIABLE && !Object.hasOwn(coerced, node.value.name.value)) args[node.name.value] = null;
  }
  return args;
}
