// The sandbox process: the APPSYNC_JS realm and the host side of `util`, alone in a Node.js
// process that the runtime starts with Node's permission model (no file writes, no child
// processes, no workers) and a heap limit, and kills when an evaluation outlives its request.
// It keeps each field's ctx between the steps of the field until the host releases it; a unit
// resolver on a NONE data source runs whole here, in one trip (protocol.ts, EvaluateJob.none).
import { Sandbox, HandlerError, type FieldContextJson, type LoadedCode, type SandboxContext } from '../sandbox.ts';
import { appsyncModules } from '../modules.ts';
import { SignalError } from '../signals.ts';
import type { EvaluationScope } from '../scope.ts';
import { responseHeaderBytes } from '../util/http.ts';
import type { Batch, EvaluateJob, FieldContextRefs, Reply, ScopeOut } from './protocol.ts';
import { noneDataSource } from '../../datasources/none.ts';
import type { DataSourceOutcome } from '../../datasources/types.ts';

const sandbox = new Sandbox(appsyncModules);
/** Bundles by the host's number: compiled on first use, so a new process answers at once. */
const sources = new Map<number, { name: string; source: string }>();
const codes = new Map<number, LoadedCode | HandlerError>();
const contexts = new Map<number, SandboxContext>();

// The realm has no promises; should one ever be made, its jobs run inside its evaluation (see
// Sandbox.run), and a rejection nobody handled is resolver code's own business, not the process's end.
process.on('unhandledRejection', () => {});
process.on('disconnect', () => process.exit(0));

// Each answer leaves as soon as it is ready: the host reads from what has come back which
// evaluation is running, should one never end.
process.on('message', ({ texts, jobs }: Batch) => {
  for (const job of jobs) {
    if (job.op === 'load') sources.set(job.code, { name: job.name, source: job.source });
    else if (job.op === 'release') contexts.delete(job.ctx);
    else answer(evaluate(job, texts));
  }
});
process.send!([]);

/**
 * Node serializes an answer again to send it, one level deeper than the realm did: a value nested
 * right at the edge of what the realm could serialize overflows the stack here. That evaluation
 * fails; the process, and every other evaluation in it, goes on.
 */
function answer(reply: Reply) {
  try {
    process.send!([reply]);
  } catch {
    const bytes = reply.scope?.responseHeaderBytes;
    process.send!([{ id: reply.id, scope: bytes === undefined ? undefined : { responseHeaderBytes: bytes }, error: { message: 'The value is nested too deeply to be returned.' } }]);
  }
}

function compiled(id: number): LoadedCode | HandlerError | undefined {
  let code = codes.get(id);
  const bundle = sources.get(id);
  if (code === undefined && bundle) {
    code = load(bundle.name, bundle.source);
    codes.set(id, code);
  }
  return code;
}

function load(name: string, source: string): LoadedCode | HandlerError {
  try {
    return sandbox.load(name, source);
  } catch (e) {
    return e instanceof HandlerError ? e : new HandlerError(String((e as Error)?.message ?? e), name);
  }
}

function evaluate(job: EvaluateJob<FieldContextRefs>, texts: string[]): Reply {
  const bytesBefore = job.scope.responseHeaderBytes ?? 0;
  const scope: EvaluationScope = {
    authMode: job.scope.authMode,
    operationType: job.scope.operationType,
    responseHeaders: { ...job.scope.responseHeaders },
    appendedErrors: [],
    logs: [],
    invalidations: [],
    cacheEvictions: [],
  };
  responseHeaderBytes.set(scope.responseHeaders, bytesBefore);
  const reply: Reply = { id: job.id };
  const code = compiled(job.code);
  if (code === undefined || code instanceof HandlerError) {
    reply.error = code ? { message: code.message, line: code.line, column: code.column } : { message: 'The code was not loaded.' };
    return reply;
  }
  try {
    let ctx = contexts.get(job.ctx);
    if (job.create) {
      ctx = 'field' in job.create ? sandbox.createFieldContext(fieldContextJson(job.create.field, texts)) : sandbox.createContext(JSON.parse(job.create.plain));
      if (!job.none) contexts.set(job.ctx, ctx);
    }
    if (!ctx) throw new HandlerError('The resolution context is gone.', 'ctx');
    for (const { key, json } of job.set ?? []) sandbox.setOnContextJson(ctx, key, json);
    let outcome = run(code, job.handler, ctx, scope, job, reply);
    if (job.none && !outcome.failure) {
      reply.request = outcome.value === undefined ? {} : { value: outcome.value };
      // What the host does between the two handlers of any unit resolver (resolver-runner.ts), with the data source's own rule.
      const { result } = noneDataSource('NONE').invoke(outcome.value, NO_INVOCATION) as DataSourceOutcome;
      sandbox.setOnContextJson(ctx, 'result', JSON.stringify(result ?? null));
      sandbox.setOnContextJson(ctx, 'error', undefined);
      outcome = run(code, 'response', ctx, scope, job, reply);
    }
    const { value, stash, failure } = outcome;
    if (stash !== undefined) reply.stash = stash;
    if (failure) throw failure;
    if (value !== undefined) reply.value = value;
  } catch (e) {
    if (e instanceof SignalError) reply.signal = e.signal;
    else if (e instanceof HandlerError) reply.error = { message: e.message, line: e.line, column: e.column };
    else reply.error = { message: 'The evaluation failed in the sandbox.' };
  }
  const written = writtenBy(scope, bytesBefore);
  if (written) reply.scope = written;
  return reply;
}

function fieldContextJson(refs: FieldContextRefs, texts: string[]): FieldContextJson {
  const text = (i: number) => {
    const t = texts[i];
    if (typeof t !== 'string') throw new HandlerError('The resolution context is unreadable.', 'ctx');
    return t;
  };
  const json: FieldContextJson = { arguments: text(refs.arguments), identity: text(refs.identity), source: text(refs.source), request: text(refs.request), info: text(refs.info) };
  if (refs.env !== undefined) json.env = text(refs.env);
  return json;
}

const NO_INVOCATION = { requestId: '', fieldPath: '' };

function run(code: LoadedCode, handler: 'request' | 'response', ctx: SandboxContext, scope: EvaluationScope, job: EvaluateJob<FieldContextRefs>, reply: Reply) {
  if (!job.timed) return sandbox.run(code, handler, ctx, scope, job.readStash === true);
  const started = performance.now();
  try {
    return sandbox.run(code, handler, ctx, scope, job.readStash === true);
  } finally {
    (reply.ms ??= []).push(performance.now() - started);
  }
}

/** What util wrote, member by member; undefined when it wrote nothing (the header count is then what the host sent). */
function writtenBy(scope: EvaluationScope, bytesBefore: number): ScopeOut | undefined {
  let out: ScopeOut | undefined;
  const bytes = responseHeaderBytes.of(scope.responseHeaders);
  if (scope.logs.length) (out ??= {}).logs = scope.logs;
  if (scope.appendedErrors.length) (out ??= {}).appendedErrors = scope.appendedErrors;
  if (scope.invalidations.length) (out ??= {}).invalidations = scope.invalidations;
  if (scope.cacheEvictions.length) (out ??= {}).cacheEvictions = scope.cacheEvictions;
  if (scope.subscriptionFilter !== undefined) (out ??= {}).subscriptionFilter = scope.subscriptionFilter;
  if (scope.subscriptionInvalidationFilter !== undefined) (out ??= {}).subscriptionInvalidationFilter = scope.subscriptionInvalidationFilter;
  if (Object.keys(scope.responseHeaders).length) (out ??= {}).responseHeaders = scope.responseHeaders;
  if (bytes !== bytesBefore) (out ??= {}).responseHeaderBytes = bytes;
  return out;
}
