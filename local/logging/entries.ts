import { HandlerError } from '../appsync-js/sandbox.ts';
import { SignalError } from '../appsync-js/signals.ts';
import type { ResolvedField } from '../graphql/executor.ts';
import type { StepTrace } from '../graphql/resolver-runner.ts';

/**
 * Log entries in the shapes AppSync writes to CloudWatch (`/aws/appsync/apis/<apiId>`):
 * RequestSummary and ExecutionSummary per request; RequestMapping / ResponseMapping (BeforeMapping /
 * AfterMapping for a pipeline resolver's own handlers, with functionName / functionArn for pipeline
 * functions) and Tracing per field. Durations and offsets are in nanoseconds, as AppSync logs them.
 * `HandlerLog` (a handler's console output) is this runtime's own name for those lines.
 */
export type LogEntry = Record<string, unknown> & { logType: string; requestId: string };

export interface ApiIdentity {
  apiId: string;
  region: string;
  accountId: string;
}

const NS_PER_MS = 1e6;
const ns = (ms: number) => Math.round(ms * NS_PER_MS);

export const resolverArnOf = (api: ApiIdentity, typeName: string, fieldName: string) =>
  `arn:aws:appsync:${api.region}:${api.accountId}:apis/${api.apiId}/types/${typeName}/resolvers/${fieldName}`;

export const functionArnOf = (api: ApiIdentity, functionName: string) =>
  `arn:aws:appsync:${api.region}:${api.accountId}:apis/${api.apiId}/functions/${functionName}`;

/** `{message, type}` of what a step or a field failed with, as in the `errors` of mapping entries. */
export function errorOf(error: unknown): { message: string; type: string | null } | undefined {
  if (error === undefined || error === null) return undefined;
  if (error instanceof SignalError) {
    const { signal } = error;
    if (signal.kind === 'earlyReturn') return undefined;
    return signal.kind === 'error'
      ? { message: signal.message, type: signal.errorType ?? null }
      : { message: 'Unauthorized', type: 'Unauthorized' };
  }
  if (error instanceof HandlerError)
    return { message: error.line ? `code.js:${error.line}:${error.column ?? 0}: ${error.message}` : error.message, type: 'Code' };
  const typed = error as { message?: unknown; errorType?: unknown };
  return { message: String(typed.message ?? error), type: typeof typed.errorType === 'string' ? typed.errorType : null };
}

/** A step's value; an early return counts as the value it returned. */
function valueOf(step: StepTrace): unknown {
  if (step.error instanceof SignalError && step.error.signal.kind === 'earlyReturn') return step.error.signal.value;
  return step.value;
}

export interface FieldEntriesInput {
  api: ApiIdentity;
  requestId: string;
  field: ResolvedField;
  steps: StepTrace[];
  pipeline: boolean;
  /** Offset of the field's start from the request's start, in ms. */
  startOffsetMs: number;
  fieldInError: boolean;
  excludeVerboseContent: boolean;
}

/** The mapping entries of one field's steps, then its Tracing entry. */
export function fieldEntries(input: FieldEntriesInput): LogEntry[] {
  const { api, requestId, field, steps, pipeline, fieldInError, excludeVerboseContent } = input;
  const key = `${field.parentType}.${field.fieldName}`;
  const common = {
    path: field.path,
    fieldName: field.fieldName,
    parentType: field.parentType,
    resolverArn: resolverArnOf(api, field.parentType, field.fieldName),
    requestId,
    graphQLAPIId: api.apiId,
  };
  const entries: LogEntry[] = [];
  let outcome: { result?: unknown; error?: unknown } = {};
  for (const step of steps) {
    if (step.handler === 'dataSource') {
      outcome = (step.value ?? {}) as typeof outcome;
      continue;
    }
    const own = step.step === key;
    const logType =
      own && pipeline
        ? step.handler === 'request'
          ? 'BeforeMapping'
          : 'AfterMapping'
        : step.handler === 'request'
          ? 'RequestMapping'
          : 'ResponseMapping';
    const error = errorOf(step.error);
    const value = valueOf(step);
    entries.push({
      logType,
      ...common,
      ...(own ? {} : { functionName: step.step, functionArn: functionArnOf(api, step.step) }),
      ...(excludeVerboseContent
        ? {}
        : {
            context: {
              arguments: field.arguments,
              source: field.source,
              result: step.handler === 'response' ? (outcome.result ?? null) : null,
              error: step.handler === 'response' ? (outcome.error ?? null) : null,
              outErrors: field.appendedErrors,
            },
            transformedTemplate: value === undefined ? '' : JSON.stringify(value),
          }),
      fieldInError,
      errors: error ? [error] : [],
      duration: ns(step.durationMs),
    });
    if (step.handler === 'response') outcome = {};
  }
  entries.push(tracingEntry(input));
  return entries;
}

export function tracingEntry({ api, requestId, field, startOffsetMs }: FieldEntriesInput): LogEntry {
  return {
    duration: ns(field.durationMs),
    logType: 'Tracing',
    path: field.path,
    fieldName: field.fieldName,
    startOffset: ns(startOffsetMs),
    resolverArn: resolverArnOf(api, field.parentType, field.fieldName),
    requestId,
    parentType: field.parentType,
    returnType: field.returnType,
    graphQLAPIId: api.apiId,
  };
}

export function handlerLogEntries(api: ApiIdentity, requestId: string, field: ResolvedField): LogEntry[] {
  return field.logs.map((message) => ({
    logType: 'HandlerLog',
    requestId,
    path: field.path,
    fieldName: field.fieldName,
    parentType: field.parentType,
    resolverArn: resolverArnOf(api, field.parentType, field.fieldName),
    message,
    graphQLAPIId: api.apiId,
  }));
}

export function requestSummaryEntry(api: ApiIdentity, requestId: string, statusCode: number, latencyMs: number): LogEntry {
  return { logType: 'RequestSummary', requestId, graphQLAPIId: api.apiId, statusCode, latency: ns(latencyMs) };
}

export function executionSummaryEntry(api: ApiIdentity, requestId: string, startTime: Date, durationMs: number): LogEntry {
  return {
    duration: ns(durationMs),
    logType: 'ExecutionSummary',
    requestId,
    startTime: startTime.toISOString(),
    endTime: new Date(startTime.getTime() + durationMs).toISOString(),
    version: 1,
    graphQLAPIId: api.apiId,
  };
}
