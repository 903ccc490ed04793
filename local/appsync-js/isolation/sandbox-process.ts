// The sandbox process: the APPSYNC_JS realm and the host side of `util`, alone in a Node.js
// process that the runtime starts with Node's permission model (no file writes, no child
// processes, no workers) and a heap limit, and kills when an evaluation outlives its request.
// It keeps each field's ctx between the steps of the field until the host releases it.
import { Sandbox, HandlerError, type LoadedCode, type SandboxContext } from '../sandbox.ts';
import { appsyncModules } from '../modules.ts';
import { SignalError } from '../signals.ts';
import type { EvaluationScope } from '../scope.ts';
import { responseHeaderBytes } from '../util/http.ts';
import type { EvaluateJob, Job, Reply, ScopeOut } from './protocol.ts';

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
process.on('message', (batch: Job[]) => {
  for (const job of batch) {
    if (job.op === 'load') sources.set(job.code, { name: job.name, source: job.source });
    else if (job.op === 'release') contexts.delete(job.ctx);
    else answer(evaluate(job));
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
    const nothingWritten: ScopeOut = { logs: [], appendedErrors: [], responseHeaders: {}, invalidations: [], cacheEvictions: [], responseHeaderBytes: reply.scope.responseHeaderBytes };
    process.send!([{ id: reply.id, scope: nothingWritten, error: { message: 'The value is nested too deeply to be returned.' } }]);
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

function evaluate(job: EvaluateJob): Reply {
  const scope: EvaluationScope = {
    authMode: job.scope.authMode,
    operationType: job.scope.operationType,
    responseHeaders: { ...job.scope.responseHeaders },
    appendedErrors: [],
    logs: [],
    invalidations: [],
    cacheEvictions: [],
  };
  responseHeaderBytes.set(scope.responseHeaders, job.scope.responseHeaderBytes);
  const reply: Reply = { id: job.id, scope: written(scope) };
  const code = compiled(job.code);
  if (code === undefined || code instanceof HandlerError) {
    reply.error = code ? { message: code.message, line: code.line, column: code.column } : { message: 'The code was not loaded.' };
    return reply;
  }
  try {
    let ctx = contexts.get(job.ctx);
    if (job.create) {
      ctx = 'field' in job.create ? sandbox.createFieldContext(job.create.field) : sandbox.createContext(JSON.parse(job.create.plain));
      contexts.set(job.ctx, ctx);
    }
    if (!ctx) throw new HandlerError('The resolution context is gone.', 'ctx');
    for (const { key, json } of job.set ?? []) sandbox.setOnContextJson(ctx, key, json);
    const { value, stash, failure } = sandbox.run(code, job.handler, ctx, scope, job.readStash === true);
    if (stash !== undefined) reply.stash = stash;
    if (failure) throw failure;
    if (value !== undefined) reply.value = value;
  } catch (e) {
    if (e instanceof SignalError) reply.signal = e.signal;
    else if (e instanceof HandlerError) reply.error = { message: e.message, line: e.line, column: e.column };
    else reply.error = { message: 'The evaluation failed in the sandbox.' };
  }
  reply.scope = written(scope);
  return reply;
}

function written({ authMode: _authMode, operationType: _operationType, ...scope }: EvaluationScope): ScopeOut {
  return { ...scope, responseHeaderBytes: responseHeaderBytes.of(scope.responseHeaders) };
}
