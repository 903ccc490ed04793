import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { execPath } from 'node:process';
import vm from 'node:vm';
import { wrapModule } from '../module-wrapper.ts';
import { HandlerError, type FieldContextJson } from '../sandbox.ts';
import { SignalError } from '../signals.ts';
import type { EvaluationScope } from '../scope.ts';
import { responseHeaderBytes } from '../util/http.ts';
import { permissionFlags, sandboxProcessFile } from './process-bundle.ts';
import { decodeReply, encodeBatch, type EvaluateJob, type Job, type Reply } from './protocol.ts';
import { onLines, writeLine } from './channel.ts';

/** AppSync ends a request after 30 seconds (aws/aws-appsync-community#43: "30 seconds is a hard limit"). */
export const REQUEST_TIME_LIMIT_MS = 30_000;

export interface IsolationLimits {
  /** Heap of the sandbox process, in MiB. */
  memoryMb?: number;
}

/** A bundle loaded into the sandbox: its handlers run in the sandbox process. */
export interface LoadedCode {
  readonly name: string;
  readonly exports: readonly string[];
  readonly id: number;
}

/** A `ctx` kept in the sandbox process between the steps of one resolution. */
export interface ContextHandle {
  readonly id: number;
  init?: EvaluateJob['create'];
  /** The sandbox process it lives in, once created there. */
  process?: number;
}

/**
 * An evaluation stopped by the runtime's limits, reported as AppSync reports its own. The
 * messages are reconstructed: AppSync answers a request past its time limit with "Execution
 * timed out." (awslabs/aws-mobile-appsync-sdk-android#280, aws/aws-appsync-community#386); it
 * documents no memory limit for APPSYNC_JS.
 */
export class EvaluationLimitError extends Error {
  constructor(
    message: string,
    readonly errorType: string,
  ) {
    super(message);
    this.name = 'EvaluationLimitError';
  }
}

export interface EvaluationOptions {
  /** ctx members replaced before the handler runs (undefined clears one). */
  set?: Partial<Record<'prev' | 'result' | 'error', unknown>>;
  /** Epoch ms by which the evaluation must be done: the end of its request. */
  deadline?: number;
  readStash?: boolean;
}

/** What one evaluation came to; `stash` when asked for, failed or not. */
export interface EvaluationOutcome {
  value?: unknown;
  failure?: SignalError | HandlerError | EvaluationLimitError;
  stash?: unknown;
}

/**
 * What a unit resolution on NONE came to (`resolveOnNone`): the outcome of its last handler, and
 * `request` when the request handler returned, NONE having been invoked with its value.
 */
export interface NoneResolutionOutcome extends EvaluationOutcome {
  request?: { value?: unknown };
  /** With `timed`: milliseconds each handler that ran took, in order. */
  ms?: number[];
}

interface Pending {
  job: EvaluateJob;
  deadline: number;
  scope: EvaluationScope;
  ctx: ContextHandle;
  settle: (outcome: NoneResolutionOutcome) => void;
  /** Moved off a stalled or dead process: it may be a runaway itself. */
  moved?: boolean;
}

/** AppSync's words for a request past its time (see EvaluationLimitError). */
export const EXECUTION_TIMED_OUT = 'Execution timed out.';

const timedOut = () => new EvaluationLimitError(EXECUTION_TIMED_OUT, 'ExecutionTimeout');

/** One sandbox process and what is known of it. */
interface SandboxProcess {
  child: ChildProcess;
  /** Jobs go out and replies come back here (channel.ts). */
  channel: Socket;
  number: number;
  stderrTail: string;
  killedForTime: boolean;
  killedForMemory: boolean;
  /** Evaluations sent and not answered yet, oldest first: the process runs them in that order. */
  inFlight: Map<number, Pending>;
  /** Since when it has been working without answering; undefined while idle or starting. */
  busySince?: number;
  /** Found busy past STALLED_AFTER_MS without answering, until it answers again: it gets no new work. */
  stalled: boolean;
  /** How many times it has answered. */
  answers: number;
  /** Its CPU time when the watchdog last found it had answered since the look before, and when it last looked. */
  cpuMark?: { answers: number; cpuMs: number | undefined; lookedAt: number };
  /** Moved evaluations it has not answered yet: new work keeps off it meanwhile, since one may be a runaway. */
  suspects: number;
  /** It has said it is up. */
  ready: boolean;
  /** Jobs not sent yet. */
  queue: Job[];
  flushing: boolean;
  /** How many evaluations of each batch sent are unanswered, oldest batch first (a process answers in order). */
  unanswered: number[];
}

/** Sandbox processes at most (each some 50 MB): past that many runaways at once, new work waits for one to end. */
const MAX_PROCESSES = 6;
/**
 * How often a busy process's resident memory is read (Linux), and how far past its heap limit it
 * may go: memory outside the V8 heap (native objects of intrinsics) is not bounded by that limit.
 */
const MEMORY_CHECK_MS = 100;
const NATIVE_ALLOWANCE_MB = 256;

/**
 * A process that has answered nothing for this long, and has been computing meanwhile, is running
 * a long evaluation: new work goes elsewhere. The CPU time tells it from a process the machine's
 * other work has kept waiting, which will answer once it runs (and would only be joined by more
 * processes competing for the same cores).
 */
const STALLED_AFTER_MS = 100;
/** CPU time without an answer: an evaluation takes some microseconds. */
const STALLED_CPU_MS = 10;
/** Between two looks at a silent process's CPU time, at least. */
const CPU_LOOK_MS = 25;
/** Batches sent to a process and not all answered, at most (flushSoon). */
const BATCHES_IN_FLIGHT = 2;

/**
 * The APPSYNC_JS sandbox as the runtime uses it: the realm runs in processes of its own
 * (sandbox-process.ts) under Node's permission model and a heap limit. Evaluations are sent in
 * batches, one line per process per turn of the event loop, with at most BATCHES_IN_FLIGHT
 * unanswered; each is answered as soon as it is done. A process that computes past
 * STALLED_AFTER_MS without answering gets no new work, and resolutions waiting there to begin are
 * sent to another, so a runaway evaluation delays no resolution that begins after it (steps of
 * resolutions already under way there must wait: their ctx lives there); it runs until its
 * request's time is up, then its process is killed. A process that dies is replaced on demand,
 * with every loaded bundle.
 */
export class IsolatedSandbox {
  private readonly processes: SandboxProcess[] = [];
  private readonly codes = new Map<number, { name: string; source: string }>();
  private watchdog: NodeJS.Timeout | undefined;
  /** When the watchdog is set to run (Infinity: not set). */
  private watchdogAt = Infinity;
  private closed = false;
  private retiring = false;
  private nextId = 1;
  /** Sandbox processes started so far. */
  processesStarted = 0;

  constructor(private readonly limits: IsolationLimits = {}) {}

  /** Checks and registers a bundle; throws HandlerError for code AppSync could not load. */
  load(name: string, code: string): LoadedCode {
    const { source, exports } = wrapModule(code);
    try {
      // Compiled, never run, on this side too: a syntax error is reported at load, as AppSync does at deploy.
      vm.compileFunction(`'use strict';\n${source}`, ['__modules'], { filename: name, lineOffset: -1 });
    } catch (e) {
      throw new HandlerError((e as Error).message, name);
    }
    const id = this.nextId++;
    this.codes.set(id, { name, source: code });
    for (const process of this.processes) this.send(process, { op: 'load', code: id, name, source: code });
    return { name, exports, id };
  }

  /** The `ctx` of one field resolution: empty `stash` and `prev`, the other members from their JSON. */
  createFieldContext(json: FieldContextJson): ContextHandle {
    return { id: this.nextId++, init: { field: json } };
  }

  /** A `ctx` from plain data (EvaluateCode's context). */
  createContext(ctx: Record<string, unknown>): ContextHandle {
    return { id: this.nextId++, init: { plain: JSON.stringify(ctx) } };
  }

  /**
   * Evaluates one handler. Resolves with its value as plain data; rejects with SignalError for
   * util.error / util.unauthorized / runtime.earlyReturn, HandlerError for an exception in the
   * resolver code, EvaluationLimitError past the request's time or the sandbox's memory.
   */
  async evaluate(
    code: LoadedCode,
    handler: 'request' | 'response',
    ctx: ContextHandle,
    scope: EvaluationScope,
    options: EvaluationOptions = {},
  ): Promise<unknown> {
    const outcome = await this.run(code, handler, ctx, scope, options);
    if (outcome.failure) throw outcome.failure;
    return outcome.value;
  }

  /** As `evaluate`, with a failure as a value, beside the stash. */
  run(
    code: LoadedCode,
    handler: 'request' | 'response',
    ctx: ContextHandle,
    scope: EvaluationScope,
    options: EvaluationOptions = {},
  ): Promise<EvaluationOutcome> {
    if (!code.exports.includes(handler)) {
      return Promise.resolve({ failure: new HandlerError(`The code does not export a ${handler} function.`, code.name) });
    }
    const job = this.job(code, handler, ctx, scope);
    if (options.set)
      job.set = Object.entries(options.set).map(([key, v]) => ({
        key: key as 'prev',
        json: v === undefined ? undefined : JSON.stringify(v),
      }));
    if (options.readStash) job.readStash = true;
    return this.enqueue(job, ctx, scope, options.deadline);
  }

  /**
   * A unit resolver on a NONE data source, whole, in one trip to the sandbox process: the request
   * handler, then, unless it failed or returned early, NONE's rule (its `payload` as `ctx.result`,
   * no `ctx.error`) and the response handler, on a fresh ctx that is not kept. Each step is what
   * two evaluations and the host's NONE invocation would make of it.
   */
  resolveOnNone(
    code: LoadedCode,
    json: FieldContextJson,
    scope: EvaluationScope,
    options: { deadline?: number; timed?: boolean } = {},
  ): Promise<NoneResolutionOutcome> {
    if (!code.exports.includes('request')) {
      return Promise.resolve({ failure: new HandlerError('The code does not export a request function.', code.name) });
    }
    const ctx = this.createFieldContext(json);
    const job = this.job(code, 'request', ctx, scope);
    job.none = true;
    if (options.timed) job.timed = true;
    return this.enqueue(job, ctx, scope, options.deadline);
  }

  private job(code: LoadedCode, handler: 'request' | 'response', ctx: ContextHandle, scope: EvaluationScope): EvaluateJob {
    const job: EvaluateJob = {
      op: 'evaluate',
      id: this.nextId++,
      code: code.id,
      handler,
      ctx: ctx.id,
      scope: { authMode: scope.authMode },
    };
    if (scope.operationType) job.scope.operationType = scope.operationType;
    for (const _ in scope.responseHeaders) {
      job.scope.responseHeaders = scope.responseHeaders;
      break;
    }
    const bytes = responseHeaderBytes.of(scope.responseHeaders);
    if (bytes) job.scope.responseHeaderBytes = bytes;
    return job;
  }

  private enqueue(
    job: EvaluateJob,
    ctx: ContextHandle,
    scope: EvaluationScope,
    deadline = Date.now() + REQUEST_TIME_LIMIT_MS,
  ): Promise<NoneResolutionOutcome> {
    if (this.closed) return Promise.resolve({ failure: closedError() });
    if (Date.now() >= deadline) return Promise.resolve({ failure: timedOut() });
    return new Promise((settle) => this.submit({ job, deadline, scope, ctx, settle }));
  }

  /** Starts a sandbox process now, so the first request does not wait for one. */
  prestart(): void {
    if (this.processes.length === 0 && !this.closed) this.start();
  }

  /** Frees a ctx once its resolution is over. */
  release(ctx: ContextHandle): void {
    const process = this.processes.find((p) => p.number === ctx.process);
    if (process) this.send(process, { op: 'release', ctx: ctx.id });
  }

  /** Closes once what is running now has finished (or run out of time). */
  retire(): void {
    this.retiring = true;
    this.closeWhenIdle();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.watchdog);
    this.watchdogAt = Infinity;
    const processes = this.processes.splice(0);
    await Promise.all(
      processes.map(async (process) => {
        for (const p of process.inFlight.values()) p.settle({ failure: closedError() });
        process.inFlight.clear();
        const { child } = process;
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Unref'd while serving; held now, so its exit is awaited rather than the loop ending first.
        child.ref();
        child.kill('SIGKILL');
        await exited;
      }),
    );
  }

  /** How many evaluations are waiting for an answer (tests, diagnostics). */
  get inFlight(): number {
    return this.processes.reduce((n, p) => n + p.inFlight.size, 0);
  }

  private submit(p: Pending, moved = false) {
    let process: SandboxProcess | undefined;
    if (p.ctx.init) {
      process = this.available(moved);
      p.job.create = p.ctx.init;
      p.ctx.init = undefined;
      p.ctx.process = process.number;
    } else {
      process = this.processes.find((candidate) => candidate.number === p.ctx.process);
      // The ctx lived in a process that was replaced: its stash and earlier steps are gone.
      if (!process)
        return p.settle({
          failure: new EvaluationLimitError('The resolution was interrupted: the sandbox was restarted.', 'ExecutionTimeout'),
        });
    }
    process.inFlight.set(p.job.id, p);
    if (moved) p.moved = true;
    if (p.moved) process.suspects += 1;
    this.send(process, p.job);
    if (!process.ready) return;
    const now = Date.now();
    if (process.busySince === undefined) {
      process.busySince = now;
      // Its CPU time is counted from the watchdog's first look at this busy spell.
      process.cpuMark = undefined;
    }
    // What armWatchdog would add for this evaluation: its deadline, the memory check, and the
    // stall check once a resolution waits to begin behind another.
    let check = Math.min(p.deadline, now + MEMORY_CHECK_MS);
    if (p.job.create && process.inFlight.size > 1) check = Math.min(check, stallCheckAt(process));
    this.wakeBy(check);
  }

  /**
   * A process for a new resolution: the oldest one that is idle or has answered lately, so that
   * evaluations travel in few, full batches; else one still starting; else the least loaded of
   * those not found stalled; else a new one. Work moved off a stalled process may be another
   * runaway, so it goes to an idle process or a new one, one resolution each, before it shares;
   * and new work keeps off a process holding such work until it has answered.
   */
  private available(moved = false): SandboxProcess {
    if (!moved) {
      // Every resolution asks: the common answer is found without building a list.
      const now = Date.now();
      for (const p of this.processes)
        if (p.ready && !p.stalled && p.suspects === 0 && (p.busySince === undefined || now - p.busySince < STALLED_AFTER_MS)) return p;
    }
    const leastLoaded = (candidates: SandboxProcess[]) => candidates.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const responsive = this.processes.filter((p) => !p.stalled);
    if (moved) {
      const idle = responsive.find((p) => p.ready && p.inFlight.size === 0);
      if (idle) return idle;
    } else {
      const clear = responsive.filter((p) => p.suspects === 0);
      const starting = clear.find((p) => !p.ready);
      if (starting) return starting;
      if (clear.length) return leastLoaded(clear);
    }
    if (this.processes.length < MAX_PROCESSES) return this.start();
    return leastLoaded(responsive.length ? responsive : this.processes);
  }

  private send(process: SandboxProcess, job: Job) {
    process.queue.push(job);
    this.flushSoon(process);
  }

  /** Sends what is queued once this turn of the event loop has queued all it will. */
  private flushSoon(process: SandboxProcess) {
    if (process.flushing) return;
    process.flushing = true;
    setImmediate(() => {
      process.flushing = false;
      // While a process works through BATCHES_IN_FLIGHT batches, the next waits here and grows: evaluations
      // travel in few, full batches, and the process has the next at hand when it is done.
      if (process.unanswered.length >= BATCHES_IN_FLIGHT) return;
      const jobs = process.queue;
      process.queue = [];
      if (!jobs.length || !process.channel.writable) return;
      let evaluations = 0;
      for (const job of jobs) if (job.op === 'evaluate') evaluations += 1;
      if (evaluations) process.unanswered.push(evaluations);
      writeLine(process.channel, encodeBatch(jobs));
    });
  }

  private start(): SandboxProcess {
    const file = sandboxProcessFile();
    const child = spawn(
      execPath,
      [
        ...permissionFlags(file),
        `--max-old-space-size=${this.limits.memoryMb ?? 512}`,
        // A pattern that would backtrack catastrophically falls back to V8's linear-time engine.
        '--enable-experimental-regexp-engine-on-excessive-backtracks',
        '--no-warnings',
        file,
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        // Nothing of the server's environment (credentials, NODE_OPTIONS); time in UTC, as in AWS.
        env: { TZ: 'UTC' },
      },
    );
    const channel = child.stdio[3] as Socket;
    this.processesStarted += 1;
    const process: SandboxProcess = {
      child,
      channel,
      number: this.processesStarted,
      stderrTail: '',
      killedForTime: false,
      killedForMemory: false,
      inFlight: new Map(),
      suspects: 0,
      ready: false,
      queue: [...this.codes].map(([id, { name, source }]) => ({ op: 'load', code: id, name, source })),
      flushing: false,
      unanswered: [],
      stalled: false,
      answers: 0,
    };
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderrTail = (process.stderrTail + chunk.toString('utf8')).slice(-4096);
    });
    onLines(channel, (lines) => {
      try {
        this.settle(process, lines.map(decodeReply));
      } catch {
        // Only a broken sandbox process answers what cannot be read: it goes.
        process.child.kill('SIGKILL');
      }
    });
    channel.on('error', () => {});
    child.on('exit', () => this.onExit(process));
    child.on('error', () => {});
    // The sandbox never keeps the host alive: it serves while there is something to serve.
    child.unref();
    channel.unref();
    this.processes.push(process);
    return process;
  }

  private settle(process: SandboxProcess, replies: Reply[]) {
    const starting = !process.ready;
    process.ready = true;
    process.answers += 1;
    for (const reply of replies) {
      if (reply.id !== 0 && process.unanswered.length && --process.unanswered[0]! === 0) process.unanswered.shift();
      const p = process.inFlight.get(reply.id);
      if (!p) continue;
      process.inFlight.delete(reply.id);
      if (p.moved) process.suspects -= 1;
      let outcome: NoneResolutionOutcome;
      try {
        outcome = this.outcomeOf(reply, p);
      } catch {
        outcome = {
          failure: new HandlerError('The evaluation answered what cannot be read.', this.codes.get(p.job.code)?.name ?? 'code.js'),
        };
      }
      p.settle(outcome);
    }
    process.busySince = process.inFlight.size ? Date.now() : undefined;
    process.stalled = false;
    if (process.queue.length) this.flushSoon(process);
    // An answer only moves the checks later (wakeBy); a process that has just come up begins its watch.
    if (starting) this.armWatchdog();
    this.closeWhenIdle();
  }

  /** A reply as the evaluation's outcome, with what util wrote added to the host's scope. */
  private outcomeOf(reply: Reply, { scope, job }: Pending): NoneResolutionOutcome {
    const written = reply.scope;
    if (written) {
      // Appended one by one: a spread of a few hundred thousand entries would exhaust the stack.
      append(scope.logs, written.logs);
      append(scope.appendedErrors, written.appendedErrors);
      if (written.responseHeaders) {
        for (const [name, value] of Object.entries(written.responseHeaders)) {
          if (typeof value === 'string' && name !== '__proto__') scope.responseHeaders[name] = value;
        }
      }
      if (written.subscriptionFilter !== undefined) scope.subscriptionFilter = written.subscriptionFilter;
      if (written.subscriptionInvalidationFilter !== undefined)
        scope.subscriptionInvalidationFilter = written.subscriptionInvalidationFilter;
      append(scope.invalidations, written.invalidations);
      append(scope.cacheEvictions, written.cacheEvictions);
    }
    // Set only when it changes: an entry per field in that WeakMap weighs on every garbage collection.
    const bytes = written?.responseHeaderBytes ?? job.scope.responseHeaderBytes ?? 0;
    if (bytes !== responseHeaderBytes.of(scope.responseHeaders)) responseHeaderBytes.set(scope.responseHeaders, bytes);
    const { stash, request, ms } = reply;
    const outcome: NoneResolutionOutcome = reply.signal
      ? { failure: new SignalError(reply.signal) }
      : reply.error
        ? {
            failure: new HandlerError(
              reply.error.message,
              this.codes.get(job.code)?.name ?? 'code.js',
              reply.error.line,
              reply.error.column,
            ),
          }
        : { value: reply.value };
    if (stash !== undefined) outcome.stash = stash;
    if (request) outcome.request = request;
    if (ms) outcome.ms = ms;
    return outcome;
  }

  /** One timer, at the next moment something must be checked: a process stalling, or a deadline. */
  private armWatchdog() {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    this.watchdogAt = Infinity;
    let next = Infinity;
    for (const process of this.processes) {
      if (process.busySince === undefined) continue;
      next = Math.min(next, Date.now() + MEMORY_CHECK_MS);
      if ([...process.inFlight.values()].slice(1).some((p) => p.job.create)) next = Math.min(next, stallCheckAt(process));
      for (const p of process.inFlight.values()) next = Math.min(next, p.deadline);
    }
    this.wakeBy(next);
  }

  /**
   * Makes sure the watchdog runs by `at`. A timer set earlier than needed only runs a check that
   * finds nothing to do; so evaluations coming and going (the hot path) only ever bring it forward,
   * and each check sets it anew from everything in flight.
   */
  private wakeBy(at: number) {
    if (at === Infinity || at >= this.watchdogAt) return;
    clearTimeout(this.watchdog);
    this.watchdogAt = at;
    // The checks run once this turn of the event loop has read what the processes sent: a host busy
    // elsewhere for a while must not take its own delay for a process's silence.
    this.watchdog = setTimeout(() => setImmediate(() => this.enforce()), Math.max(0, at - Date.now()));
    this.watchdog.unref();
  }

  private enforce() {
    const now = Date.now();
    const ceilingMb = (this.limits.memoryMb ?? 512) + NATIVE_ALLOWANCE_MB;
    for (const process of [...this.processes]) {
      if (process.busySince === undefined) continue;
      const computing = this.computingSinceLastLook(process);
      if (residentMb(process.child.pid) > ceilingMb) {
        process.killedForMemory = true;
        this.processes.splice(this.processes.indexOf(process), 1);
        process.child.kill('SIGKILL');
      } else if ([...process.inFlight.values()].some((p) => p.deadline <= now)) {
        // Past its request's time: the process goes, and with it everything it was running.
        process.killedForTime = true;
        this.processes.splice(this.processes.indexOf(process), 1);
        process.child.kill('SIGKILL');
      } else if (now - process.busySince >= STALLED_AFTER_MS && computing) {
        process.stalled = true;
        // The oldest unanswered evaluation is the one running; resolutions queued behind it that
        // begin in this process begin again elsewhere.
        for (const p of [...process.inFlight.values()].slice(1)) {
          if (!p.job.create) continue;
          process.inFlight.delete(p.job.id);
          if (p.moved) process.suspects -= 1;
          const queued = process.queue.indexOf(p.job);
          if (queued >= 0) process.queue.splice(queued, 1);
          // Should the process get to it after all, the ctx it makes there is dropped right after.
          else this.send(process, { op: 'release', ctx: p.ctx.id });
          p.ctx.init = p.job.create;
          p.job.create = undefined;
          this.submit(p, true);
        }
      }
    }
    this.armWatchdog();
  }

  /** Whether a process that has not answered since the watchdog's last look has used the CPU meanwhile (or its CPU time cannot be read). */
  private computingSinceLastLook(process: SandboxProcess): boolean {
    const cpuMs = cpuTimeMs(process.child.pid);
    const mark = process.cpuMark;
    if (mark?.answers === process.answers) {
      mark.lookedAt = Date.now();
      return cpuMs === undefined || mark.cpuMs === undefined || cpuMs - mark.cpuMs >= STALLED_CPU_MS;
    }
    process.cpuMark = { answers: process.answers, cpuMs, lookedAt: Date.now() };
    return cpuMs === undefined;
  }

  private onExit(dead: SandboxProcess) {
    const index = this.processes.indexOf(dead);
    if (index >= 0) this.processes.splice(index, 1);
    const now = Date.now();
    const outOfMemory = dead.killedForMemory || /heap limit|out of memory/i.test(dead.stderrTail);
    const stopped = () =>
      dead.killedForTime
        ? timedOut()
        : outOfMemory
          ? new EvaluationLimitError('Execution exceeded the memory limit.', 'ExecutionMemoryLimit')
          : new EvaluationLimitError('The sandbox stopped unexpectedly.', 'ExecutionTimeout');
    const [running] = dead.inFlight.keys();
    for (const p of dead.inFlight.values()) {
      // A resolution that was only waiting behind the one that ran out of time or memory (the oldest
      // unanswered: a process answers in order) begins again elsewhere.
      const waiting = dead.killedForTime || (outOfMemory && p.job.id !== running);
      if (waiting && p.deadline > now && p.job.create && !this.closed) {
        p.ctx.init = p.job.create;
        p.job.create = undefined;
        this.submit(p, true);
      } else p.settle({ failure: p.deadline <= now ? timedOut() : stopped() });
    }
    dead.inFlight.clear();
    this.armWatchdog();
    this.closeWhenIdle();
  }

  private closeWhenIdle() {
    if (this.retiring && !this.closed && this.inFlight === 0) void this.close();
  }
}

function append<T>(to: T[], items: readonly T[] | undefined) {
  if (items) for (const item of items) to.push(item);
}

/** Resident memory of a process in MiB (0 where /proc is not there to read). */
function residentMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * 4096) / (1024 * 1024);
  } catch {
    return 0;
  }
}

/** When the watchdog is next to see whether a busy process has stalled. */
const stallCheckAt = (process: SandboxProcess): number =>
  Math.max(process.busySince! + STALLED_AFTER_MS, (process.cpuMark?.lookedAt ?? 0) + CPU_LOOK_MS);

/** CPU time the main thread of a process (where the realm runs) has used, in ms (Linux; undefined where /proc is not there to read). */
function cpuTimeMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Nanoseconds on the CPU, first of the three fields.
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

const closedError = () => new EvaluationLimitError('The sandbox was closed.', 'ExecutionTimeout');
