import type { DataSourceOutcome, FieldContext } from './types.ts';

/**
 * The event a direct Lambda resolver's function receives: AppSync's context, in the shape of
 * DefinitelyTyped's `AppSyncResolverEvent` and of events logged from AppSync
 * (aws-powertools/powertools-lambda-python#1303). A unit resolver has no `prev`.
 */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export function directLambdaEvent(ctx: FieldContext): Record<string, unknown> {
  const { info } = ctx;
  // A root field has no parent: AppSync sends `source: null`, whatever root value the executor used.
  const root = ROOT_TYPES.has(info.parentTypeName);
  return {
    arguments: ctx.arguments ?? {},
    identity: ctx.identity ?? null,
    source: root ? null : (ctx.source ?? null),
    request: ctx.request,
    prev: null,
    info: {
      selectionSetList: info.selectionSetList,
      selectionSetGraphQL: info.selectionSetGraphQL,
      fieldName: info.fieldName,
      parentTypeName: info.parentTypeName,
      variables: info.variables,
    },
    stash: {},
  };
}

export type DirectFieldValue = { value: unknown } | { error: { message: string; errorType: string | null; data: unknown } };

const ENVELOPE_KEYS = new Set(['data', 'errorMessage', 'errorType', 'errorInfo']);

/** `{ data, errorMessage, errorType }`: how a batched function answers for one item, failed or not. */
function isEnvelope(item: unknown): item is { data?: unknown; errorMessage?: unknown; errorType?: unknown } {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return false;
  const keys = Object.keys(item);
  return keys.length > 0 && keys.every((k) => ENVELOPE_KEYS.has(k)) && ('data' in item || 'errorMessage' in item);
}

/**
 * The field's value from the function's answer, as AppSync's built-in direct-resolver response
 * does: a function error fails the field with its `ctx.error` (`Lambda:Unhandled`, no data, no
 * errorInfo). In a batch, an item `{ data, errorMessage, errorType }` with an `errorMessage` fails
 * only that item's field, and `data` is the value otherwise.
 */
export function directLambdaFieldValue(outcome: DataSourceOutcome, batched: boolean): DirectFieldValue {
  if (outcome.error) return { error: { message: outcome.error.message, errorType: outcome.error.type, data: null } };
  const result = outcome.result ?? null;
  if (!batched || !isEnvelope(result)) return { value: result };
  if (typeof result.errorMessage === 'string') {
    return {
      error: {
        message: result.errorMessage,
        errorType: typeof result.errorType === 'string' ? result.errorType : null,
        data: result.data ?? null,
      },
    };
  }
  return { value: result.data ?? null };
}
