import { Kind, getArgumentValues, getVariableValues, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { Caller, Executor } from '../graphql/executor.ts';
import type { PreparedRequest, RootFields } from '../graphql/request.ts';
import { coerceVariablesLikeAppSync } from '../graphql/variable-coercion.ts';
import { subscriptionFilterViolation, type SubscriptionFilter } from '../appsync-js/util/subscription-filter.ts';
import { invalidFilter, unsupported, type RealtimeError } from './protocol.ts';
import type { Subscriber } from './pubsub-hub.ts';

export type StartOutcome =
  | { ok: true; subscription: Pick<Subscriber, 'fieldName' | 'args' | 'filter' | 'invalidationFilter'> }
  | { ok: false; errors: RealtimeError[] };

/**
 * What AppSync does on `start`: the document is parsed and validated (the request comes prepared by
 * the executor that runs it), must be a subscription, and its field's resolver (unit or pipeline,
 * any data source) runs with the subscriber's identity. The resolver may refuse
 * (`util.unauthorized()`, `util.error`) and may set enhanced and invalidation filters, which are
 * checked against AppSync's limits here.
 */
export async function startSubscription(
  executor: Executor,
  prepared: PreparedRequest,
  caller: Caller,
  context: { headers: Record<string, string>; requestId?: string },
): Promise<StartOutcome> {
  if (prepared.refusal) return { ok: false, errors: prepared.refusal.errors ?? [] };
  const { operation } = prepared;
  // "query not supported through the realtime channel" (aws-amplify/amplify-swift#3885).
  if (operation.operation !== 'subscription') return { ok: false, errors: [unsupported(operation.operation)] };

  const subscriptionType = executor.schema.getSubscriptionType()!.name;
  let filter: unknown;
  let invalidationFilter: unknown;
  const response = await executor.execute(prepared, {
    caller,
    headers: context.headers,
    requestId: context.requestId,
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
    if (violation) return { ok: false, errors: [invalidFilter(violation)] };
  }
  const field = rootField(prepared.rootFields);
  return {
    ok: true,
    subscription: {
      fieldName: field.name.value,
      args: subscriptionArguments(executor, operation, field, prepared.body.variables ?? {}),
      filter: (filter ?? undefined) as SubscriptionFilter | undefined,
      invalidationFilter: (invalidationFilter ?? undefined) as SubscriptionFilter | undefined,
    },
  };
}

/** The one root field of a valid subscription. */
function rootField(rootFields: RootFields): FieldNode {
  for (const nodes of rootFields.values()) if (nodes[0]!.name.value !== '__typename') return nodes[0]!;
  throw new Error('A valid subscription selects one root field.');
}

/**
 * The arguments the subscriber gave, coerced as the request's execution coerced them (AppSync's
 * coercion, `graphql/variable-coercion.ts`: `"42"` is an Int, `7` a String), then with the
 * variables' defaults applied as graphql-js applies them to the values it is given. A variable the
 * document declares but the client did not send counts as an explicit null
 * (aws/aws-appsync-community#94 and #36).
 */
function subscriptionArguments(
  executor: Executor,
  operation: OperationDefinitionNode,
  field: FieldNode,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const schema = executor.schema;
  const definition = schema.getSubscriptionType()!.getFields()[field.name.value]!;
  const appsync = coerceVariablesLikeAppSync(schema, operation, inputs);
  // The execution that ran the subscription's resolver refused any variable this would refuse.
  if ('error' in appsync) throw new Error(`Variables the execution accepted were refused: ${appsync.error.message}`);
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], appsync.coerced);
  const coerced: Record<string, unknown> = ('coerced' in variables && variables.coerced) || {};
  const args = getArgumentValues(definition, field, coerced);
  for (const node of field.arguments ?? []) {
    if (node.value.kind === Kind.VARIABLE && !Object.hasOwn(coerced, node.value.name.value)) args[node.name.value] = null;
  }
  return args;
}
