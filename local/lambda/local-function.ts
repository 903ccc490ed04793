import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  environmentVariables,
  functionArn,
  logGroupName,
  type FunctionHostEnvironment,
  type FunctionSettings,
} from '../../model/lambda-environment.ts';
import { lambdaErrors, MAX_RESPONSE_BYTES, type LambdaErrorPayload } from './errors.ts';
import { ExecutionEnvironment, type ContextData } from './execution-environment.ts';

export type InvocationType = 'RequestResponse' | 'Event';

/** What an invocation returned: the parsed response payload, or the function error Lambda reported. */
export type LambdaInvocationResult =
  | { requestId: string; coldStart: boolean; payload: unknown; error?: undefined }
  | { requestId: string; coldStart: boolean; payload?: undefined; error: LambdaErrorPayload };

export interface LocalFunctionOptions {
  settings: FunctionSettings;
  bundleFile: string;
  host: FunctionHostEnvironment;
  /** Each log line: the handler's console output and Lambda's START/END/REPORT lines. */
  onLog: (functionName: string, line: string) => void;
  /** At most this many environments run at once; further invocations wait for one (default 10). */
  maxConcurrency?: number;
  /** Waits before each retry of a failed asynchronous invocation (default: Lambda's, ASYNC_RETRY_DELAYS_MS). */
  asyncRetryDelaysMs?: readonly number[];
}

/**
 * Lambda runs a failed asynchronous invocation again one minute and then two minutes later (as
 * many times as the function's MaximumRetryAttempts, default 2); function errors include timeouts
 * (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html).
 */
export const ASYNC_RETRY_DELAYS_MS: readonly number[] = [60_000, 120_000];

/**
 * A Lambda function on this machine. Like the service it keeps warm execution environments
 * between invocations (module state survives), reuses the most recently used one, starts a new
 * one (cold start) when none is free, and discards an environment that crashed or timed out.
 */
export class LocalFunction {
  readonly name: string;
  readonly arn: string;
  private readonly idle: ExecutionEnvironment[] = [];
  private readonly running = new Set<ExecutionEnvironment>();
  private readonly waiting: (() => void)[] = [];
  private readonly background = new Set<Promise<unknown>>();
  /** Retries waiting for their time: stopping runs none of them. */
  private readonly retries = new Map<NodeJS.Timeout, () => void>();
  private active = 0;
  private stopped = false;

  constructor(private readonly options: LocalFunctionOptions) {
    this.name = options.settings.name;
    this.arn = functionArn(options.host, this.name);
  }

  /** Invokes synchronously (`RequestResponse`): resolves with the response or the function error. */
  async invoke(event: unknown, requestId: string = randomUUID()): Promise<LambdaInvocationResult> {
    if (this.stopped) throw new Error(`Function ${this.name} was stopped with the runtime.`);
    const eventJson = JSON.stringify(event === undefined ? null : event);
    await this.slot();
    let environment: ExecutionEnvironment | undefined;
    try {
      environment = this.takeIdle();
      const coldStart = !environment;
      environment ??= this.startEnvironment();
      this.running.add(environment);
      const result = await this.run(environment, requestId, eventJson, coldStart);
      this.running.delete(environment);
      if (environment.isAlive && !this.stopped) this.idle.push(environment);
      else void environment.terminate();
      return result;
    } finally {
      if (environment) this.running.delete(environment);
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /**
   * Invokes asynchronously (`Event`): run in the background, its outcome only reaches the logs.
   * A function error is retried as Lambda does, with the same event and request id.
   */
  invokeAsync(event: unknown): void {
    const requestId = randomUUID();
    const delays = (this.options.asyncRetryDelaysMs ?? ASYNC_RETRY_DELAYS_MS).slice(0, this.options.settings.asyncRetryAttempts);
    const attempt = async (retry: number): Promise<void> => {
      const result = await this.invoke(event, requestId);
      if (!result.error) return;
      const delay = delays[retry];
      const next = delay === undefined ? 'not retried' : `retried in ${delay / 1000} s`;
      this.log(
        `${requestId} async invocation failed: ${result.error.errorType}: ${result.error.errorMessage} (attempt ${retry + 1} of ${delays.length + 1}; ${next})`,
      );
      if (delay !== undefined && (await this.waitUnlessStopped(delay))) await attempt(retry + 1);
    };
    const run = attempt(0).catch((e: unknown) => this.log(`${requestId} async invocation not run: ${(e as Error).message}`));
    this.background.add(run);
    void run.finally(() => this.background.delete(run));
  }

  /** Resolves true after `ms`, or false as soon as the function is stopped. */
  private waitUnlessStopped(ms: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.retries.delete(timer);
        resolve(!this.stopped);
      }, ms);
      // A retry alone does not keep the process alive: exiting is stopping.
      timer.unref();
      this.retries.set(timer, () => resolve(false));
    });
  }

  /** Number of execution environments alive (warm or busy). */
  get environments(): number {
    return this.idle.length + this.running.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const [timer, cancel] of this.retries) {
      clearTimeout(timer);
      cancel();
    }
    this.retries.clear();
    await Promise.allSettled([...this.background]);
    const all = [...this.idle.splice(0), ...this.running];
    this.running.clear();
    await Promise.allSettled(all.map((e) => e.terminate()));
  }

  private async run(
    environment: ExecutionEnvironment,
    requestId: string,
    event: string,
    coldStart: boolean,
  ): Promise<LambdaInvocationResult> {
    const { settings } = this.options;
    if (coldStart) {
      const init = await environment.initialized;
      if (!init.ok) {
        this.log(`START RequestId: ${requestId} Version: $LATEST`);
        this.log(`${new Date().toISOString()}\t${requestId}\tERROR\tInvoke Error \t${JSON.stringify(init.error)}`);
        this.log(`END RequestId: ${requestId}`);
        return { requestId, coldStart, error: init.error };
      }
    }
    const started = performance.now();
    const timeoutMs = settings.timeout * 1000;
    const context: ContextData = {
      awsRequestId: requestId,
      functionName: settings.name,
      functionVersion: '$LATEST',
      invokedFunctionArn: this.arn,
      memoryLimitInMB: String(settings.memorySize),
      logGroupName: logGroupName(settings.name),
      logStreamName: environment.logStreamName,
      deadlineMs: Date.now() + timeoutMs,
    };
    this.log(`START RequestId: ${requestId} Version: $LATEST`);
    const answered = await environment.invoke(event, context, traceId(), timeoutMs);
    const outcome =
      answered.ok && Buffer.byteLength(answered.payload) > MAX_RESPONSE_BYTES
        ? { ok: false as const, error: lambdaErrors.responseTooLarge() }
        : answered;
    const duration = performance.now() - started;
    if (!outcome.ok) this.log(`${new Date().toISOString()}\t${requestId}\tERROR\tInvoke Error \t${JSON.stringify(outcome.error)}`);
    this.log(`END RequestId: ${requestId}`);
    this.log(
      `REPORT RequestId: ${requestId}\tDuration: ${duration.toFixed(2)} ms\tBilled Duration: ${Math.ceil(duration)} ms\t` +
        `Memory Size: ${settings.memorySize} MB\t${coldStart ? `Init Duration: ${environment.initDurationMs.toFixed(2)} ms\t` : ''}`,
    );
    return outcome.ok ? { requestId, coldStart, payload: JSON.parse(outcome.payload) } : { requestId, coldStart, error: outcome.error };
  }

  private startEnvironment(): ExecutionEnvironment {
    const { settings, host, bundleFile } = this.options;
    const logStreamName = `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[$LATEST]${randomBytes(16).toString('hex')}`;
    return new ExecutionEnvironment({
      name: settings.name,
      bundleFile,
      handler: settings.handler,
      memorySize: settings.memorySize,
      logStreamName,
      env: environmentVariables(settings, { ...host, taskRoot: path.dirname(bundleFile) }, logStreamName),
      onLog: (line) => this.log(line),
    });
  }

  /** The most recently used warm environment still alive (one that crashed while idle is dropped). */
  private takeIdle(): ExecutionEnvironment | undefined {
    for (let e = this.idle.pop(); e; e = this.idle.pop()) {
      if (e.isAlive) return e;
    }
    return undefined;
  }

  /** Waits until fewer than `maxConcurrency` invocations run, then takes a place. */
  private async slot(): Promise<void> {
    const max = this.options.maxConcurrency ?? 10;
    while (this.active >= max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
  }

  private log(line: string) {
    this.options.onLog(this.name, line);
  }
}

/** An X-Ray trace header as Lambda sets `_X_AMZN_TRACE_ID` for each invocation (not sampled). */
function traceId(): string {
  const epoch = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return `Root=1-${epoch}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=0`;
}
