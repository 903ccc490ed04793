import { HandlerError, type FieldContextJson, type LoadedCode, type Sandbox, type SandboxContext } from '../appsync-js/sandbox.ts';
import { SignalError, type Signal } from '../appsync-js/signals.ts';
import type { EvaluationScope } from '../appsync-js/scope.ts';
import type { DataSource, DataSourceOutcome, InvocationInfo } from '../datasources/types.ts';
import { directLambdaEvent, directLambdaFieldValue } from '../lambda/direct-resolver.ts';

export interface FunctionPlan {
  name: string;
  code: LoadedCode;
  dataSource: DataSource;
  maxBatchSize?: number;
}

export type ResolverPlan =
  | { kind: 'UNIT'; typeName: string; fieldName: string; code: LoadedCode; dataSource: DataSource; maxBatchSize?: number }
  | { kind: 'PIPELINE'; typeName: string; fieldName: string; code: LoadedCode; functions: FunctionPlan[] }
  /** A direct Lambda resolver: no code, AppSync's context is the event. */
  | { kind: 'DIRECT'; typeName: string; fieldName: string; dataSource: DataSource; maxBatchSize?: number };

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

/** One step of a resolution, reported for request logs. */
export interface StepTrace {
  step: string;
  handler: 'request' | 'response' | 'dataSource';
  value?: unknown;
  error?: unknown;
  durationMs: number;
}

/** Plain data of a field's `ctx`: what a direct Lambda resolver receives, and what the sandbox's `ctx` is made of. */
export interface FieldContext {
  arguments: Record<string, unknown>;
  identity: unknown;
  source: unknown;
  request: unknown;
  info: { fieldName: string; parentTypeName: string; variables: unknown; selectionSetList: string[]; selectionSetGraphQL: string };
  env?: Record<string, string>;
}

export interface Resolution {
  sandbox: Sandbox;
  ctx: FieldContext;
  /** `ctx` as JSON, when the caller has it at hand (members shared by a request's fields serialized once). */
  ctxJson?: FieldContextJson;
  scope: EvaluationScope;
  invocation: InvocationInfo;
  /** Where each step is recorded, when request logs want them. */
  steps?: StepTrace[];
}

const EARLY = Symbol('earlyReturn');
type Early = { [EARLY]: true; value: unknown; skipTo?: 'END' | 'NEXT' };

/** A data-source call a resolution waits on; the driver performs it and resumes with its outcome. */
interface DataSourceCall {
  dataSource: DataSource;
  request: unknown;
  info: InvocationInfo;
  step: string;
}

type Steps = Generator<DataSourceCall, unknown, DataSourceOutcome>;

/**
 * Resolves one field with its unit or pipeline resolver, step by step as AppSync does:
 * before → (function request → data source → function response)* → after.
 * Stays synchronous while every data source answers synchronously (NONE), so graphql-js keeps
 * its synchronous path; turns into a promise at the first data source that does not.
 */
export function runResolver(plan: ResolverPlan, r: Resolution): unknown {
  return drive(plan.kind === 'DIRECT' ? directLambdaSteps(plan, r) : resolverSteps(plan, r), r);
}

function drive(steps: Steps, r: Resolution): unknown {
  let next = steps.next();
  while (!next.done) {
    const call = next.value;
    const started = r.steps ? performance.now() : 0;
    const outcome = call.dataSource.invoke(call.request, call.info);
    if (outcome instanceof Promise) return driveAsync(steps, call, outcome, started, r);
    r.steps?.push({ step: call.step, handler: 'dataSource', value: outcome, durationMs: performance.now() - started });
    next = steps.next(outcome);
  }
  return next.value;
}

async function driveAsync(steps: Steps, call: DataSourceCall, pending: Promise<DataSourceOutcome>, started: number, r: Resolution) {
  for (;;) {
    const outcome = await pending;
    r.steps?.push({ step: call.step, handler: 'dataSource', value: outcome, durationMs: performance.now() - started });
    const next = steps.next(outcome);
    if (next.done) return next.value;
    call = next.value;
    started = r.steps ? performance.now() : 0;
    pending = Promise.resolve(call.dataSource.invoke(call.request, call.info));
  }
}

function* resolverSteps(plan: Exclude<ResolverPlan, { kind: 'DIRECT' }>, r: Resolution): Steps {
  const ctx = r.sandbox.createFieldContext(r.ctxJson ?? fieldContextJson(r.ctx));
  const field = `${plan.typeName}.${plan.fieldName}`;

  if (plan.kind === 'UNIT') {
    const request = evaluateStep(r, ctx, plan.code, 'request', field);
    if (isEarly(request)) return request.value;
    yield* invokeStep(r, ctx, plan.dataSource, request, field, field, plan.maxBatchSize);
    return unwrap(evaluateStep(r, ctx, plan.code, 'response', field));
  }

  const before = evaluateStep(r, ctx, plan.code, 'request', field);
  let prev = isEarly(before) ? before.value : before;
  if (!isEarly(before)) {
    for (const fn of plan.functions) {
      beginStep(r, ctx, prev);
      const request = evaluateStep(r, ctx, fn.code, 'request', fn.name);
      if (isEarly(request)) {
        prev = request.value;
        if (request.skipTo === 'END') break;
        continue;
      }
      yield* invokeStep(r, ctx, fn.dataSource, request, field, fn.name, fn.maxBatchSize);
      const response = evaluateStep(r, ctx, fn.code, 'response', fn.name);
      prev = unwrap(response);
      if (isEarly(response) && response.skipTo === 'END') break;
    }
  }
  beginStep(r, ctx, prev);
  return unwrap(evaluateStep(r, ctx, plan.code, 'response', field));
}

/** A pipeline step sees the previous step's value as `ctx.prev.result`, and no result or error yet. */
function beginStep(r: Resolution, ctx: SandboxContext, prev: unknown) {
  r.sandbox.setOnContext(ctx, 'prev', { result: prev });
  r.sandbox.setOnContext(ctx, 'result', undefined);
  r.sandbox.setOnContext(ctx, 'error', undefined);
}

function* invokeStep(
  r: Resolution,
  ctx: SandboxContext,
  dataSource: DataSource,
  request: unknown,
  field: string,
  step: string,
  maxBatchSize: number | undefined,
): Generator<DataSourceCall, void, DataSourceOutcome> {
  // Only Lambda batches: one batch per resolver or pipeline function within a request.
  const info = dataSource.type === 'AWS_LAMBDA' ? { ...r.invocation, batch: { key: `${r.invocation.requestId}/${field}/${step}`, maxBatchSize } } : r.invocation;
  const outcome = yield { dataSource, request, info, step };
  // A request object AppSync cannot map fails the field before any response handler runs.
  if (outcome.error?.type === 'MappingTemplate') throw new FieldError(outcome.error.message, 'MappingTemplate');
  r.sandbox.setOnContext(ctx, 'result', outcome.result ?? null);
  r.sandbox.setOnContext(ctx, 'error', outcome.error);
}

/** `ctx` as the sandbox takes it, serialized member by member. */
export const fieldContextJson = (ctx: FieldContext): FieldContextJson => ({
  arguments: JSON.stringify(ctx.arguments),
  identity: JSON.stringify(ctx.identity ?? null),
  source: JSON.stringify(ctx.source ?? null),
  request: JSON.stringify(ctx.request ?? null),
  info: JSON.stringify(ctx.info),
  env: ctx.env && JSON.stringify(ctx.env),
});

/** A direct Lambda resolver: the context goes to the function as is, its answer is the field's value. */
function* directLambdaSteps(plan: Extract<ResolverPlan, { kind: 'DIRECT' }>, r: Resolution): Steps {
  const field = `${plan.typeName}.${plan.fieldName}`;
  const batched = (plan.maxBatchSize ?? 0) > 0;
  const request = { operation: batched ? 'BatchInvoke' : 'Invoke', payload: directLambdaEvent(r.ctx) };
  const batch = { key: `${r.invocation.requestId}/${field}`, maxBatchSize: plan.maxBatchSize };
  const outcome = yield { dataSource: plan.dataSource, request, info: { ...r.invocation, batch }, step: field };
  const value = directLambdaFieldValue(outcome, batched);
  if ('error' in value) throw new FieldError(value.error.message, value.error.errorType, value.error.data);
  return value.value;
}

function evaluateStep(
  r: Resolution,
  ctx: SandboxContext,
  code: LoadedCode,
  handler: 'request' | 'response',
  step: string,
): unknown {
  const started = r.steps ? performance.now() : 0;
  try {
    const value = r.sandbox.evaluate(code, handler, ctx, r.scope);
    r.steps?.push({ step, handler, value, durationMs: performance.now() - started });
    return value;
  } catch (e) {
    r.steps?.push({ step, handler, error: e, durationMs: performance.now() - started });
    // In a response handler an early return simply makes its value the step's result.
    if (e instanceof SignalError && e.signal.kind === 'earlyReturn') {
      return { [EARLY]: true, value: e.signal.value, skipTo: e.signal.skipTo } satisfies Early;
    }
    throw toFieldError(e, r);
  }
}

function toFieldError(e: unknown, r: Resolution): FieldError {
  if (e instanceof SignalError && e.signal.kind !== 'earlyReturn') return signalToFieldError(e.signal, r);
  if (e instanceof HandlerError) {
    // AppSync reports exceptions in resolver code with errorType "Code" and the position in
    // code.js (aws/aws-appsync-community#328).
    const where = e.line ? `code.js:${e.line}:${e.column ?? 0}: ` : '';
    return new FieldError(`${where}${e.message}`, 'Code');
  }
  return new FieldError(e instanceof Error ? e.message : String(e), null);
}

function signalToFieldError(signal: Exclude<Signal, { kind: 'earlyReturn' }>, r: Resolution): FieldError {
  if (signal.kind === 'error') {
    return new FieldError(signal.message, signal.errorType ?? null, signal.data ?? null, signal.errorInfo ?? null);
  }
  const { info } = r.ctx;
  return new FieldError(`Not Authorized to access ${info.fieldName} on type ${info.parentTypeName}`, 'Unauthorized');
}

function isEarly(v: unknown): v is Early {
  return v !== null && typeof v === 'object' && EARLY in v;
}

function unwrap(v: unknown): unknown {
  return isEarly(v) ? v.value : v;
}
