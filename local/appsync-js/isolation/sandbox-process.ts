// The sandbox process: the APPSYNC_JS realm and the host side of `util`, alone in a Node.js
// process that the runtime starts with Node's permission model (no file writes, no child
// processes, no workers) and a heap limit, and kills when an evaluation outlives its request.
// It keeps each field's ctx between the steps of the field until the host releases it; a unit
// resolver on a NONE data source runs whole here, in one trip (protocol.ts, EvaluateJob.none).
import { Sandbox, HandlerError, type LoadedCode, type SandboxContext } from '../sandbox.ts';
import { appsyncModules } from '../modules.ts';
import { SignalError } from '../signals.ts';
import type { EvaluationScope } from '../scope.ts';
import { responseHeaderBytes } from '../util/http.ts';
import { Socket } from 'node:net';
import { decodeBatch, encodeReply, type Answer, type EvaluateJob, type ScopeOut } from './protocol.ts';
import { onLines, writeLine } from './channel.ts';
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

// The host's end of the pipe (channel.ts); when it closes, the host is gone.
const channel = new Socket({ fd: 3 });
channel.on('close', () => process.exit(0));
channel.on('error', () => process.exit(0));

// Each answer leaves as soon as it is ready: the host reads from what has come back which
// evaluation is running, should one never end.
onLines(channel, (lines) => {
  for (const line of lines) {
    for (const job of decodeBatch(line)) {
      if (job.op === 'load') sources.set(job.code, { name: job.name, source: job.source });
      else if (job.op === 'release') contexts.delete(job.ctx);
      else answer(evaluate(job));
    }
  }
});
// Up (a reply to nothing): the host sends work here from now on.
writeLine(channel, encodeReply({ id: 0 }));

/**
 * Values leave as the realm wrote them; what util wrote and the stash are serialized here, further
 * down the stack than the realm serialized them: nested right at the edge of what the realm could
 * serialize, they may overflow the stack here. That evaluation fails; the process, and every other
 * evaluation in it, goes on.
 */
function answer(reply: Answer) {
  let text: string;
  try {
    text = encodeReply(reply);
  } catch {
    const bytes = reply.scope?.responseHeaderBytes;
    text = encodeReply({
      id: reply.id,
      scope: bytes === undefined ? undefined : { responseHeaderBytes: bytes },
      error: { message: 'The value is nested too deeply to be returned.' },
    });
  }
  writeLine(channel, text);
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

function evaluate(job: EvaluateJob): Answer {
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
  if (bytesBefore) responseHeaderBytes.set(scope.responseHeaders, bytesBefore);
  const reply: Answer = { id: job.id };
  const code = compiled(job.code);
  if (code === undefined || code instanceof HandlerError) {
    reply.error = code ? { message: code.message, line: code.line, column: code.column } : { message: 'The code was not loaded.' };
    return reply;
  }
  try {
    let ctx = contexts.get(job.ctx);
    if (job.create) {
      ctx = 'field' in job.create ? sandbox.createFieldContext(job.create.field) : sandbox.createContext(JSON.parse(job.create.plain));
      if (!job.none) contexts.set(job.ctx, ctx);
    }
    if (!ctx) throw new HandlerError('The resolution context is gone.', 'ctx');
    for (const { key, json } of job.set ?? []) sandbox.setOnContextJson(ctx, key, json);
    let outcome = run(code, job.handler, ctx, scope, job, reply);
    if (job.none && !outcome.failure) {
      reply.request = { json: outcome.json };
      // What the host does between the two handlers of any unit resolver (resolver-runner.ts), with the data source's own rule.
      const request: unknown = outcome.json === undefined ? undefined : JSON.parse(outcome.json);
      const { result } = NONE.invoke(request, NO_INVOCATION) as DataSourceOutcome;
      sandbox.setOnContextJson(ctx, 'result', JSON.stringify(result ?? null));
      sandbox.setOnContextJson(ctx, 'error', undefined);
      outcome = run(code, 'response', ctx, scope, job, reply);
    }
    const { json, stash, failure } = outcome;
    if (stash !== undefined) reply.stash = stash;
    if (failure) throw failure;
    if (json !== undefined) reply.json = json;
  } catch (e) {
    if (e instanceof SignalError) reply.signal = e.signal;
    else if (e instanceof HandlerError) reply.error = { message: e.message, line: e.line, column: e.column };
    else reply.error = { message: 'The evaluation failed in the sandbox.' };
  }
  const written = writtenBy(scope, bytesBefore);
  if (written) reply.scope = written;
  return reply;
}

const NONE = noneDataSource('NONE');
const NO_INVOCATION = { requestId: '', fieldPath: '' };

function run(
  code: LoadedCode,
  handler: 'request' | 'response',
  ctx: SandboxContext,
  scope: EvaluationScope,
  job: EvaluateJob,
  reply: Answer,
) {
  if (!job.timed) return sandbox.runJson(code, handler, ctx, scope, job.readStash === true);
  const started = performance.now();
  try {
    return sandbox.runJson(code, handler, ctx, scope, job.readStash === true);
  } finally {
    // To the microsecond: more digits would only lengthen the reply.
    (reply.ms ??= []).push(Math.round((performance.now() - started) * 1000) / 1000);
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
  if (scope.subscriptionInvalidationFilter !== undefined)
    (out ??= {}).subscriptionInvalidationFilter = scope.subscriptionInvalidationFilter;
  if (Object.keys(scope.responseHeaders).length) (out ??= {}).responseHeaders = scope.responseHeaders;
  if (bytes !== bytesBefore) (out ??= {}).responseHeaderBytes = bytes;
  return out;
}
