import { HandlerError, type FieldContextJson } from '../appsync-js/sandbox.ts';
import {
  EvaluationLimitError,
  type ContextHandle,
  type EvaluationOptions,
  type IsolatedSandbox,
  type LoadedCode,
} from '../appsync-js/isolation/isolated-sandbox.ts';
import { SignalError, type Signal } from '../appsync-js/signals.ts';
import type { EvaluationScope } from '../appsync-js/scope.ts';
import type { DataSource, FieldContext, InvocationInfo } from '../datasources/types.ts';
import type { RequestDeadline } from './request-limits.ts';
import { directLambdaEvent, directLambdaFieldValue } from '../datasources/direct-lambda-resolver.ts';
import { FieldError, notAuthorized } from './errors.ts';

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

/** One step of a resolution, reported for request logs. */
export interface StepTrace {
  step: string;
  handler: 'request' | 'response' | 'dataSource';
  value?: unknown;
  error?: unknown;
  durationMs: number;
}

/** Counts one request's handlers being evaluated, for data sources that wait for siblings (Lambda batches). */
export class HandlersInFlight {
  private count = 0;
  private issued = 0;
  private waiters: (() => void)[] = [];

  /** The next field's place: graphql-js starts a list's items in list order, whichever sandbox process answers first. */
  nextOrder() {
    return this.issued++;
  }

  begin() {
    this.count += 1;
  }

  end() {
    this.count -= 1;
    if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
  }

  settled(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((wake) => this.waiters.push(wake));
  }
}

export interface Resolution {
  sandbox: IsolatedSandbox;
  /** The request's handlers in flight (shared by its fields). */
  handlers?: HandlersInFlight;
  /** When the request's time is up: handlers and data sources are stopped then. */
  deadline?: RequestDeadline;
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

/**
 * Resolves one field with its unit or pipeline resolver, step by step as AppSync does:
 * before → (function request → data source → function response)* → after. Each handler runs
 * in the sandbox process; the data sources run here, but for a unit resolver on NONE, which runs
 * whole there (unitOnNone).
 */
export function runResolver(plan: ResolverPlan, r: Resolution): Promise<unknown> {
  if (plan.kind === 'DIRECT') return directLambda(plan, r);
  if (plan.kind === 'UNIT' && plan.dataSource.type === 'NONE') return unitOnNone(plan, r);
  return runSteps(plan, r);
}

async function runSteps(plan: Exclude<ResolverPlan, { kind: 'DIRECT' }>, r: Resolution): Promise<unknown> {
  const ctx = r.sandbox.createFieldContext(r.ctxJson ?? fieldContextJson(r.ctx));
  try {
    return await resolve(plan, r, ctx);
  } finally {
    r.sandbox.release(ctx);
  }
}

async function resolve(plan: Exclude<ResolverPlan, { kind: 'DIRECT' }>, r: Resolution, ctx: ContextHandle): Promise<unknown> {
  const field = `${plan.typeName}.${plan.fieldName}`;

  if (plan.kind === 'UNIT') {
    const request = await evaluateStep(r, ctx, plan.code, 'request', field);
    if (isEarly(request)) return request.value;
    const outcome = await invokeStep(r, plan.dataSource, request, field, field, plan.maxBatchSize);
    return unwrap(await evaluateStep(r, ctx, plan.code, 'response', field, outcome));
  }

  const before = await evaluateStep(r, ctx, plan.code, 'request', field);
  let prev = isEarly(before) ? before.value : before;
  if (!isEarly(before)) {
    for (const fn of plan.functions) {
      const request = await evaluateStep(r, ctx, fn.code, 'request', fn.name, beginStep(prev));
      if (isEarly(request)) {
        prev = request.value;
        if (request.skipTo === 'END') break;
        continue;
      }
      const outcome = await invokeStep(r, fn.dataSource, request, field, fn.name, fn.maxBatchSize);
      const response = await evaluateStep(r, ctx, fn.code, 'response', fn.name, outcome);
      prev = unwrap(response);
      if (isEarly(response) && response.skipTo === 'END') break;
    }
  }
  return unwrap(await evaluateStep(r, ctx, plan.code, 'response', field, beginStep(prev)));
}

/**
 * A unit resolver on NONE runs whole in the sandbox process, one trip instead of two
 * (IsolatedSandbox.resolveOnNone): each step comes to what `resolve` would make of it. The data
 * source is still invoked here with the request the handler made, so that whatever observes it
 * (request logs count calls) sees the same call.
 */
async function unitOnNone(plan: Extract<ResolverPlan, { kind: 'UNIT' }>, r: Resolution): Promise<unknown> {
  const field = `${plan.typeName}.${plan.fieldName}`;
  const started = r.steps ? performance.now() : 0;
  r.handlers?.begin();
  let outcome;
  try {
    outcome = await r.sandbox.resolveOnNone(plan.code, r.ctxJson ?? fieldContextJson(r.ctx), r.scope, {
      deadline: r.deadline?.at,
      timed: r.steps !== undefined,
    });
  } finally {
    r.handlers?.end();
  }
  // Measured in the sandbox process when timed; a step that never began (ctx.result refused) took no time.
  const [requestMs = 0, responseMs = 0] = outcome.ms ?? [performance.now() - started];
  const { request, failure } = outcome;
  if (request) {
    r.steps?.push({ step: field, handler: 'request', value: request.value, durationMs: requestMs });
    const invokedAt = r.steps ? performance.now() : 0;
    const invoked = plan.dataSource.invoke(request.value, r.invocation);
    const value = invoked instanceof Promise ? await invoked : invoked;
    r.steps?.push({ step: field, handler: 'dataSource', value, durationMs: performance.now() - invokedAt });
  }
  const handler = request ? 'response' : 'request';
  const durationMs = request ? responseMs : requestMs;
  if (!failure) {
    r.steps?.push({ step: field, handler, value: outcome.value, durationMs });
    return outcome.value;
  }
  r.steps?.push({ step: field, handler, error: failure, durationMs });
  // An early return ends the resolution with its value, from either handler.
  if (failure instanceof SignalError && failure.signal.kind === 'earlyReturn') return failure.signal.value;
  throw toFieldError(failure, r);
}

type CtxUpdate = NonNullable<EvaluationOptions['set']>;

/** A pipeline step sees the previous step's value as `ctx.prev.result`, and no result or error yet. */
const beginStep = (prev: unknown): CtxUpdate => ({ prev: { result: prev }, result: undefined, error: undefined });

/** Calls the data source; its answer becomes the next handler's `ctx.result` and `ctx.error`. */
async function invokeStep(
  r: Resolution,
  dataSource: DataSource,
  request: unknown,
  field: string,
  step: string,
  maxBatchSize: number | undefined,
): Promise<CtxUpdate> {
  // Only Lambda batches: one batch per resolver or pipeline function within a request.
  const info =
    dataSource.type === 'AWS_LAMBDA'
      ? {
          ...r.invocation,
          batch: { key: `${r.invocation.requestId}/${field}/${step}`, maxBatchSize },
          handlersSettled: r.handlers && (() => r.handlers!.settled()),
        }
      : r.invocation;
  const started = r.steps ? performance.now() : 0;
  const outcome = await (r.deadline ? r.deadline.race(dataSource.invoke(request, info)) : dataSource.invoke(request, info));
  r.steps?.push({ step, handler: 'dataSource', value: outcome, durationMs: performance.now() - started });
  // A request object AppSync cannot map fails the field before any response handler runs.
  if (outcome.error?.type === 'MappingTemplate') throw new FieldError(outcome.error.message, 'MappingTemplate');
  return { result: outcome.result ?? null, error: outcome.error };
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
async function directLambda(plan: Extract<ResolverPlan, { kind: 'DIRECT' }>, r: Resolution): Promise<unknown> {
  const field = `${plan.typeName}.${plan.fieldName}`;
  const batched = (plan.maxBatchSize ?? 0) > 0;
  const request = { operation: batched ? 'BatchInvoke' : 'Invoke', payload: directLambdaEvent(r.ctx) };
  const batch = { key: `${r.invocation.requestId}/${field}`, maxBatchSize: plan.maxBatchSize };
  const started = r.steps ? performance.now() : 0;
  const invocation = plan.dataSource.invoke(request, { ...r.invocation, batch });
  const outcome = await (r.deadline ? r.deadline.race(invocation) : invocation);
  r.steps?.push({ step: field, handler: 'dataSource', value: outcome, durationMs: performance.now() - started });
  const value = directLambdaFieldValue(outcome, batched);
  if ('error' in value) throw new FieldError(value.error.message, value.error.errorType, value.error.data);
  return value.value;
}

async function evaluateStep(
  r: Resolution,
  ctx: ContextHandle,
  code: LoadedCode,
  handler: 'request' | 'response',
  step: string,
  set?: CtxUpdate,
): Promise<unknown> {
  const started = r.steps ? performance.now() : 0;
  r.handlers?.begin();
  try {
    const value = await r.sandbox.evaluate(code, handler, ctx, r.scope, { set, deadline: r.deadline?.at });
    r.steps?.push({ step, handler, value, durationMs: performance.now() - started });
    return value;
  } catch (e) {
    r.steps?.push({ step, handler, error: e, durationMs: performance.now() - started });
    // In a response handler an early return simply makes its value the step's result.
    if (e instanceof SignalError && e.signal.kind === 'earlyReturn') {
      return { [EARLY]: true, value: e.signal.value, skipTo: e.signal.skipTo } satisfies Early;
    }
    throw toFieldError(e, r);
  } finally {
    r.handlers?.end();
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
  if (e instanceof EvaluationLimitError) return new FieldError(e.message, e.errorType);
  return new FieldError(e instanceof Error ? e.message : String(e), null);
}

function signalToFieldError(signal: Exclude<Signal, { kind: 'earlyReturn' }>, r: Resolution): FieldError {
  if (signal.kind === 'error') {
    return new FieldError(signal.message, signal.errorType ?? null, signal.data ?? null, signal.errorInfo ?? null);
  }
  return notAuthorized(r.ctx.info.fieldName, r.ctx.info.parentTypeName);
}

function isEarly(v: unknown): v is Early {
  return v !== null && typeof v === 'object' && EARLY in v;
}

function unwrap(v: unknown): unknown {
  return isEarly(v) ? v.value : v;
}
