import { Worker } from 'node:worker_threads';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { LAMBDA_MODULE } from '../../model/bundle/lambdas.ts';
import { lambdaErrors, type LambdaErrorPayload } from './errors.ts';

const WORKER_HOST = path.join(import.meta.dirname, 'worker-host.mjs');

/** The data of the handler's `context` (its methods are added inside the environment). */
export interface ContextData {
  awsRequestId: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
  deadlineMs: number;
}

export type InvocationOutcome = { ok: true; payload: string } | { ok: false; error: LambdaErrorPayload };

export interface EnvironmentOptions {
  bundleFile: string;
  handler: string;
  env: Record<string, string>;
  memorySize: number;
  logStreamName: string;
  name: string;
  onLog: (line: string) => void;
}

type Message =
  | { type: 'ready' }
  | { type: 'init-error'; error: LambdaErrorPayload }
  | { type: 'log'; line: string }
  | { type: 'result'; id: number; payload: string }
  | { type: 'error'; id: number | undefined; error: LambdaErrorPayload; fatal: boolean };

/**
 * One Lambda execution environment: a worker thread with the function's own environment
 * variables and a heap limited to its memory size. It loads the bundle once and then serves one
 * invocation at a time; a crash, a timeout or an init failure ends it for good.
 */
export class ExecutionEnvironment {
  readonly logStreamName: string;
  /** Resolves once the bundle is loaded: the cold start. */
  readonly initialized: Promise<InvocationOutcome>;
  initDurationMs = 0;
  private readonly worker: Worker;
  private alive = true;
  private nextId = 1;
  private pending?: { id: number; requestId: string; settle: (outcome: InvocationOutcome) => void };
  private settleInit!: (outcome: InvocationOutcome) => void;
  private initSettled = false;

  constructor(private readonly options: EnvironmentOptions) {
    this.logStreamName = options.logStreamName;
    const started = performance.now();
    this.initialized = new Promise((resolve) => {
      this.settleInit = (outcome) => {
        if (this.initSettled) return;
        this.initSettled = true;
        this.initDurationMs = performance.now() - started;
        resolve(outcome);
      };
    });
    this.worker = new Worker(WORKER_HOST, {
      name: `lambda:${options.name}`,
      workerData: { file: options.bundleFile, moduleName: LAMBDA_MODULE, handlerName: options.handler },
      env: options.env,
      // Not the host's loaders or flags: the environment runs the plain bundle, as Lambda does.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: options.memorySize },
      // What the handler writes to stdout and stderr directly (Powertools' logger and metrics do) is logged too, as Lambda logs it.
      stdout: true,
      stderr: true,
    });
    for (const output of [this.worker.stdout, this.worker.stderr]) createInterface({ input: output }).on('line', options.onLog);
    this.worker.on('message', (message: Message) => this.onMessage(message));
    this.worker.on('error', (error: Error & { code?: string }) => this.onCrash(error));
    this.worker.on('exit', (code) => this.onExit(code));
  }

  get isAlive(): boolean {
    return this.alive;
  }

  /** Runs one invocation; at the deadline the environment is stopped and the invocation fails as Lambda's does. */
  invoke(event: string, context: ContextData, traceId: string, timeoutMs: number): Promise<InvocationOutcome> {
    if (!this.alive) return Promise.resolve({ ok: false, error: lambdaErrors.exit(context.awsRequestId, 1) });
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.finish(id, { ok: false, error: lambdaErrors.timeout(context.awsRequestId, timeoutMs / 1000) });
        void this.terminate();
      }, timeoutMs);
      this.pending = {
        id,
        requestId: context.awsRequestId,
        settle: (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
      };
      this.worker.postMessage({ type: 'invoke', id, event, context, traceId });
    });
  }

  async terminate(): Promise<void> {
    this.alive = false;
    await this.worker.terminate();
  }

  private finish(id: number | undefined, outcome: InvocationOutcome) {
    const pending = this.pending;
    if (!pending || (id !== undefined && pending.id !== id)) return;
    this.pending = undefined;
    pending.settle(outcome);
  }

  private onMessage(message: Message) {
    switch (message.type) {
      case 'ready':
        return this.settleInit({ ok: true, payload: 'null' });
      case 'init-error':
        this.alive = false;
        this.settleInit({ ok: false, error: message.error });
        void this.worker.terminate();
        return;
      case 'log':
        return this.options.onLog(message.line);
      case 'result':
        return this.finish(message.id, { ok: true, payload: message.payload });
      case 'error':
        // A crash (uncaught exception, unhandled rejection) ends the environment after this answer.
        if (message.fatal) this.alive = false;
        // An error without an invocation id is a crash between invocations or during init.
        if (message.id === undefined && !this.initSettled) this.settleInit({ ok: false, error: message.error });
        return this.finish(message.id ?? this.pending?.id, { ok: false, error: message.error });
    }
  }

  private onCrash(error: Error & { code?: string }) {
    this.alive = false;
    const requestId = this.pending?.requestId ?? 'undefined';
    const payload: LambdaErrorPayload =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? lambdaErrors.outOfMemory(requestId)
        : { errorType: error.name, errorMessage: error.message, trace: String(error.stack ?? '').split('\n') };
    this.settleInit({ ok: false, error: payload });
    this.finish(undefined, { ok: false, error: payload });
  }

  private onExit(code: number) {
    this.alive = false;
    const requestId = this.pending?.requestId ?? 'undefined';
    this.settleInit({ ok: false, error: lambdaErrors.exit(requestId, code) });
    this.finish(undefined, { ok: false, error: lambdaErrors.exit(requestId, code) });
  }
}
