import vm from 'node:vm';
import { wrapModule } from './module-wrapper.ts';
import { SignalError, type Signal } from './signals.ts';
import type { EvaluationScope } from './scope.ts';

/** A host module tree: functions are called through the bridge, other values are copied in. */
export interface HostModules {
  [module: string]: Record<string, unknown>;
}

type Handler = 'request' | 'response';
type ContextMember = 'result' | 'error' | 'prev' | 'stash' | 'source';

/** An opaque in-sandbox `ctx` object: it lives through one field's resolution (the stash with it). */
export type SandboxContext = { readonly __brand: 'SandboxContext' };

export interface LoadedCode {
  readonly name: string;
  readonly exports: readonly string[];
  /** Runs the module top level and returns its exports; called once per evaluation. */
  readonly factory: unknown;
}

/** An error raised by resolver code itself (not a util signal), with its position in the bundle. */
export class HandlerError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

/**
 * A field's `ctx` members as JSON text. `arguments` and small members are parsed up front; a
 * large one is parsed the first time resolver code reads it, since most handlers never touch
 * most of them (headers, selection sets).
 */
export interface FieldContextJson {
  arguments: string;
  identity: string;
  source: string;
  request: string;
  info: string;
  env?: string;
}

interface Inside {
  build(shape: string): unknown;
  makeCtx(json: string): SandboxContext;
  makeFieldCtx(args: string, identity: string, source: string, request: string, info: string, env: string | undefined): SandboxContext;
  set(ctx: SandboxContext, key: string, json: string | undefined): string;
  get(ctx: SandboxContext, key: string): string;
  instantiate(source: unknown, modules: unknown, file: string): unknown;
  run(factory: unknown, handler: string, ctx: SandboxContext, withStash: boolean): string;
  lockdown(modules: unknown, ordinaryGlobal: boolean): void;
}

const FN = '\u0000fn:';
/** Node 22.8+: a context whose global is an ordinary object (see lockdown). */
const DONT_CONTEXTIFY = (vm.constants as Record<string, unknown> | undefined)?.DONT_CONTEXTIFY as symbol | undefined;
const SIGNAL = '__appsyncSignal';

/**
 * Runs inside the context. Everything the resolver code can reach is created here, in the
 * context's own realm: host functions (the bridge) stay in this closure and only strings
 * cross, so no constructor or prototype chain leads back to the host.
 */
const BOOTSTRAP = `(function (bridge) {
  'use strict';
  const { parse, stringify } = JSON;
  const { freeze, isFrozen, getOwnPropertyNames, getOwnPropertyDescriptor, defineProperty, getPrototypeOf, keys } = Object;
  const { ownKeys } = Reflect;
  const FN = ${JSON.stringify(FN)};
  const SIGNAL = ${JSON.stringify(SIGNAL)};

  function encodeArgs(args) {
    const out = { n: args.length };
    args.forEach((a, i) => { if (a !== undefined) out[i] = a; });
    return stringify(out);
  }
  // The one place host code runs on behalf of resolver code. Whatever the host throws (it only
  // throws when the bridge itself fails, e.g. out of stack) is replaced by an error of this
  // realm: a host error's constructor would be the host's Function.
  function call(path, args) {
    const encoded = encodeArgs(args);
    let answer;
    try {
      answer = bridge(path, encoded);
    } catch (hostError) {
      throw new RangeError('Maximum call stack size exceeded');
    }
    const r = parse(answer);
    if (r.s !== undefined) { const e = new Error(r.s.message || r.s.kind); defineProperty(e, SIGNAL, { value: stringify(r.s) }); throw e; }
    if (r.e !== undefined) throw new (r.e.name === 'TypeError' ? TypeError : Error)(r.e.message);
    return r.v;
  }
  function build(shape) {
    const tree = parse(shape);
    const make = (node, path) => {
      if (typeof node === 'string' && node.startsWith(FN)) {
        const target = node.slice(FN.length);
        return (...args) => call(target, args);
      }
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
      const out = {};
      keys(node).forEach((k) => { out[k] = make(node[k], path + '.' + k); });
      return freeze(out);
    };
    return make(tree, '');
  }
  function makeCtx(json) {
    const ctx = parse(json);
    ctx.args = ctx.arguments;
    if (ctx.env) freeze(ctx.env);
    return ctx;
  }

  // A large member (long headers, a user pool identity) is parsed only when code first reads it:
  // an own, enumerable accessor, so code still sees an ordinary member (keys, spread, JSON,
  // assignment). Its JSON sits in a private field of ctx: invisible to reflection. The accessors
  // are shared by every ctx, so they are frozen methods: no prototype object, nothing to write to.
  // Small members cost less parsed up front.
  const LAZY_FROM = 64;
  const UNREAD = freeze({});
  class Base { constructor(target) { return target; } }
  class Unparsed extends Base {
    #members;
    constructor(ctx, members) { super(ctx); this.#members = members; }
    /** The ctx a member is read through: the object itself, or one it inherits from (Object.create(ctx)). */
    static of(target) {
      for (let o = target; o !== null && o !== undefined; o = getPrototypeOf(o)) if (#members in o) return o.#members;
      throw new TypeError('Cannot read a ctx member through this object');
    }
    static owns(target) { return #members in target; }
  }
  const lazy = {};
  ['identity', 'source', 'request', 'info', 'env'].forEach((key) => {
    const accessors = {
      get() {
        const member = Unparsed.of(this)[key];
        if (member.value === UNREAD) member.value = key === 'env' ? freeze(parse(member.json)) : parse(member.json);
        return member.value;
      },
      // As for a data property: an object inheriting from ctx gets its own member, a frozen ctx refuses.
      set(value) {
        if (!Unparsed.owns(this)) {
          defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
        } else if (isFrozen(this)) {
          throw new TypeError("Cannot assign to read only property '" + key + "' of object '[object Object]'");
        } else {
          Unparsed.of(this)[key].value = value;
        }
      },
    };
    lazy[key] = freeze({ get: freeze(accessors.get), set: freeze(accessors.set), enumerable: true, configurable: true });
  });
  function member(ctx, key, json, unparsed) {
    if (json.length < LAZY_FROM) {
      ctx[key] = key === 'env' ? freeze(parse(json)) : parse(json);
      return unparsed;
    }
    defineProperty(ctx, key, lazy[key]);
    const members = unparsed || {};
    members[key] = { json, value: UNREAD };
    return members;
  }
  function makeFieldCtx(args, identity, source, request, info, env) {
    const ctx = { arguments: parse(args) };
    let unparsed = member(ctx, 'identity', identity, undefined);
    unparsed = member(ctx, 'source', source, unparsed);
    ctx.stash = {};
    ctx.prev = {};
    unparsed = member(ctx, 'request', request, unparsed);
    unparsed = member(ctx, 'info', info, unparsed);
    if (env !== undefined) unparsed = member(ctx, 'env', env, unparsed);
    ctx.args = ctx.arguments;
    if (unparsed) new Unparsed(ctx, unparsed);
    return ctx;
  }
  // Each entry point answers with a string whatever resolver code did to ctx (froze it, hung
  // accessors on it): the host never sees a realm exception.
  function set(ctx, key, json) {
    try {
      ctx[key] = json === undefined ? undefined : parse(json);
      return '';
    } catch (e) {
      return 'ctx.' + key + ' cannot be set: a handler made ctx read-only.';
    }
  }
  function get(ctx, key) {
    try {
      const v = ctx[key];
      return v === undefined ? '{}' : stringify({ v });
    } catch (e) {
      return '{}';
    }
  }
  function instantiate(source, modules, file) {
    codeFiles.add(file);
    return (m) => source(m === undefined ? modules : m);
  }
  // Only strings leave: the value as JSON, or what failed, described here, so the host never
  // touches an object resolver code could have shaped.
  // The stash, when asked for, is serialized here too: a getter in it runs inside the evaluation.
  // A value JSON cannot hold (a function, a symbol) leaves as nothing, as JSON.stringify leaves it.
  function run(factory, handler, ctx, withStash) {
    let outcome;
    try {
      const mod = factory();
      const fn = mod[handler];
      if (typeof fn !== 'function') throw new TypeError(handler + ' is not a function');
      outcome = { v: fn(ctx) };
    } catch (e) {
      outcome = { x: describeSafely(e) };
    }
    try {
      if (withStash) outcome.s = ctx.stash === undefined ? {} : ctx.stash;
      return stringify(outcome);
    } catch (e) {
      return stringify({ x: describeSafely(e) });
    }
  }
  const UNDESCRIBABLE = { message: 'The code raised an exception that cannot be described.', stack: '' };
  function describeSafely(e) {
    try {
      return describe(e);
    } catch (undescribable) {
      return UNDESCRIBABLE;
    }
  }
  function describe(e) {
    const own = (key) => { const d = e !== null && typeof e === 'object' ? getOwnPropertyDescriptor(e, key) : undefined; return d && 'value' in d ? d.value : undefined; };
    const signal = own(SIGNAL);
    if (typeof signal === 'string') return { signal };
    const message = own('message');
    const stack = own('stack');
    return { message: typeof message === 'string' ? message : 'The code raised an exception.', stack: typeof stack === 'string' ? stack : '' };
  }

  // Stack traces show resolver code only: no host frame, no host path.
  const codeFiles = new Set();
  function prepareStackTrace(error, frames) {
    const lines = [];
    frames.forEach((frame) => {
      const file = frame.getFileName();
      if (!codeFiles.has(file)) return;
      lines.push('    at ' + (frame.getFunctionName() || '<anonymous>') + ' (' + file + ':' + frame.getLineNumber() + ':' + frame.getColumnNumber() + ')');
    });
    // Nothing of the error is read that could run resolver code (a getter named name or message):
    // an exception there would be swallowed by V8, a way to catch without try.
    const d = getOwnPropertyDescriptor(error, 'message');
    const head = (ERROR_NAMES.get(getPrototypeOf(error)) || 'Error') + (d && typeof d.value === 'string' && d.value ? ': ' + d.value : '');
    return [head].concat(lines).join('\\n');
  }
  const ERROR_NAMES = new Map([Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError].map((E) => [E.prototype, E.name]));
  defineProperty(Error, 'prepareStackTrace', { value: prepareStackTrace, writable: false, enumerable: false, configurable: false });

  // Lock down the realm: resolver code can neither change the intrinsics that the next
  // evaluation will use nor reach anything beyond them.
  function lockdown(modules, ordinaryGlobal) {
    const global = globalThis;
    ['WebAssembly', 'SharedArrayBuffer', 'Atomics', 'FinalizationRegistry', 'WeakRef', 'eval', 'console', 'globalThis']
      .forEach((name) => { delete global[name]; });
    // APPSYNC_JS runs nothing asynchronously: without promises (and without try, refused at
    // load), no code can catch an exception, so no error of any realm ever reaches its hands.
    ['Promise', 'DisposableStack', 'AsyncDisposableStack'].forEach((name) => { delete global[name]; });
    delete Array.fromAsync;
    // captureStackTrace formats any object's stack through the formatter above, the one place V8
    // swallows an exception; Intl objects hold memory outside the heap the limit bounds.
    delete Error.captureStackTrace;
    delete global.Intl;
    // Array buffers live outside the heap the sandbox's memory limit bounds.
    ['ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
      'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'].forEach((name) => { delete global[name]; });
    // RegExp's legacy statics (RegExp.lastMatch, RegExp.input, $1 …) hold the last match of
    // whatever ran before: one caller's data for the next. AppSync's runtime has no reason to keep them.
    ['input', '$_', 'lastMatch', '$&', 'lastParen', '$+', 'leftContext', '$\u0060', 'rightContext', "$'", '$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9']
      .forEach((name) => { delete RegExp[name]; });
    if (modules && modules.console) global.console = modules.console;
    // AppSync documents JSON.parse of text that is not JSON as returning an empty string
    // (supported-features.html, "Built-in objects and functions"). Only parsing a string runs
    // inside the try: the text is made a string before it, and a reviver runs after it, on text
    // known to parse, so nothing resolver code raises (a toString, a reviver) is ever caught.
    const parseJson = JSON.parse;
    defineProperty(JSON, 'parse', {
      value: function parse(text, reviver) {
        const source = String(text);
        let value;
        let parsed = false;
        try {
          value = parseJson(source);
          parsed = true;
        } catch (notJson) {
          parsed = false;
        }
        if (!parsed) return '';
        return typeof reviver === 'function' ? parseJson(source, reviver) : value;
      },
      writable: true,
      enumerable: false,
      configurable: true,
    });
    const overridable = [Object.prototype, Error.prototype];
    overridable.forEach((proto) => {
      getOwnPropertyNames(proto).forEach((name) => {
        const d = getOwnPropertyDescriptor(proto, name);
        if (!d || !('value' in d) || !d.configurable) return;
        const value = d.value;
        // Keeps "obj.toString = ..." working on ordinary objects once the prototype is frozen.
        defineProperty(proto, name, {
          get() { return value; },
          set(v) {
            if (this === proto) throw new TypeError('Cannot assign to read only property ' + name);
            defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
          },
          enumerable: d.enumerable,
          configurable: false,
        });
      });
    });
    // Everything reachable: symbol-keyed members and accessor functions too (a function is an
    // object code could otherwise hang state on for the next evaluation).
    const seen = new Set();
    const deepFreeze = (value) => {
      if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
      seen.add(value);
      freeze(value);
      ownKeys(value).forEach((key) => {
        const d = getOwnPropertyDescriptor(value, key);
        if (!d) return;
        if ('value' in d) deepFreeze(d.value);
        else {
          deepFreeze(d.get);
          deepFreeze(d.set);
        }
      });
      deepFreeze(getPrototypeOf(value));
    };
    deepFreeze(modules);
    // The global object of a context cannot be frozen; its bindings can, and with
    // globalThis deleted and strict mode everywhere, code has no way to add new ones.
    getOwnPropertyNames(global).forEach((name) => {
      const value = global[name];
      deepFreeze(value);
      defineProperty(global, name, { value, writable: false, enumerable: false, configurable: false });
    });
    // Node 22.8+ can give the realm an ordinary global object, which can be closed to new
    // properties. Node 20's contextified global refuses preventExtensions; there, no code of the
    // realm can reach the global object at all (all code is strict, globalThis is gone, no eval).
    if (ordinaryGlobal) Object.preventExtensions(global);
  }
  return { build, makeCtx, makeFieldCtx, set, get, instantiate, run, lockdown };
})`;

/**
 * The APPSYNC_JS sandbox: one V8 context per runtime, with frozen intrinsics and no code
 * generation from strings. Bundles are compiled once; each evaluation re-runs the module
 * top level, so no state survives between evaluations.
 */
export class Sandbox {
  private readonly context: vm.Context;
  private readonly inside: Inside;
  private readonly modules: unknown;
  private readonly functions = new Map<string, (...args: unknown[]) => unknown>();
  private scope: EvaluationScope | undefined;
  private readonly drainMicrotasks = new vm.Script('', { filename: 'appsync-js-microtasks.js' });
  /** Bundles compiled so far (each exactly once). */
  compilations = 0;

  constructor(hostModules: (current: () => EvaluationScope) => HostModules) {
    this.context = vm.createContext(DONT_CONTEXTIFY ?? Object.create(null), {
      name: 'APPSYNC_JS',
      codeGeneration: { strings: false, wasm: false },
      // The realm's promise jobs go to a queue of its own, which only runs when drained.
      microtaskMode: 'afterEvaluate',
    });
    const bootstrap = new vm.Script(BOOTSTRAP, { filename: 'appsync-js-bootstrap.js' }).runInContext(this.context);
    this.inside = bootstrap((path: string, args: string) => this.bridge(path, args)) as Inside;
    const shape = this.describe(
      hostModules(() => this.currentScope()),
      '',
    );
    this.modules = this.inside.build(JSON.stringify(shape));
    this.inside.lockdown(this.modules, DONT_CONTEXTIFY !== undefined);
  }

  /** Compiles a bundle once. Throws HandlerError for code AppSync could not load. */
  load(name: string, code: string): LoadedCode {
    const { source, exports } = wrapModule(code);
    let compiled: unknown;
    try {
      // The module body is compiled as a function body: no text of the bundle is ever spliced
      // into source of ours, so nothing in it can close the wrapper or change its mode.
      compiled = vm.compileFunction(`'use strict';\n${source}`, ['__modules'], {
        parsingContext: this.context,
        filename: name,
        lineOffset: -1,
      });
      this.compilations += 1;
    } catch (e) {
      const { line, column } = positionOf(e, name);
      throw new HandlerError((e as Error).message, name, line, column);
    }
    return { name, exports, factory: this.inside.instantiate(compiled, this.modules, name) };
  }

  /** Creates a `ctx` from plain data (EvaluateCode's context, tests). */
  createContext(ctx: Record<string, unknown>): SandboxContext {
    return this.inside.makeCtx(JSON.stringify(ctx));
  }

  /** Creates the `ctx` of one field resolution: empty `stash` and `prev`, the other members from their JSON. */
  createFieldContext(json: FieldContextJson): SandboxContext {
    return this.inside.makeFieldCtx(json.arguments, json.identity, json.source, json.request, json.info, json.env);
  }

  /** Throws HandlerError when resolver code made ctx read-only. */
  setOnContext(ctx: SandboxContext, key: ContextMember, value: unknown) {
    this.setOnContextJson(ctx, key, value === undefined ? undefined : JSON.stringify(value));
  }

  /** As `setOnContext`, with the value as JSON text (undefined for undefined). */
  setOnContextJson(ctx: SandboxContext, key: ContextMember, json: string | undefined) {
    const refusal = this.inside.set(ctx, key, json);
    if (refusal) throw new HandlerError(refusal, 'ctx');
  }

  readFromContext(ctx: SandboxContext, key: 'stash' | 'result' | 'prev'): unknown {
    return (JSON.parse(this.inside.get(ctx, key)) as { v?: unknown }).v;
  }

  /**
   * Evaluates one handler. Returns its value as plain data (undefined stays undefined);
   * throws SignalError for util.error / util.unauthorized / runtime.earlyReturn, and
   * HandlerError for an exception in the resolver code.
   */
  evaluate(code: LoadedCode, handler: Handler, ctx: SandboxContext, scope: EvaluationScope): unknown {
    const { value, failure } = this.run(code, handler, ctx, scope, false);
    if (failure) throw failure;
    return value;
  }

  /**
   * As `evaluate`, with a failure as a value, and the stash as the handler left it (when asked:
   * serialized inside the evaluation, also when the handler failed).
   */
  run(
    code: LoadedCode,
    handler: Handler,
    ctx: SandboxContext,
    scope: EvaluationScope,
    withStash: boolean,
  ): { value?: unknown; stash?: unknown; failure?: SignalError | HandlerError } {
    const answer = this.answer(code, handler, ctx, scope, withStash);
    return typeof answer === 'string' ? outcomeOf(answer, code.name) : answer;
  }

  /**
   * As `run`, with the value as the JSON text the realm wrote (`json`, absent for undefined): a
   * value on its way out of the process is never parsed and written again.
   */
  runJson(
    code: LoadedCode,
    handler: Handler,
    ctx: SandboxContext,
    scope: EvaluationScope,
    withStash: boolean,
  ): { json?: string; stash?: unknown; failure?: SignalError | HandlerError } {
    const answer = this.answer(code, handler, ctx, scope, withStash);
    if (typeof answer !== 'string') return answer;
    // The realm wrote exactly {"v":<value>} for a value and no stash (BOOTSTRAP run()).
    if (!withStash && answer.startsWith(VALUE_PREFIX)) return { json: answer.slice(VALUE_PREFIX.length, -1) };
    const { value, ...rest } = outcomeOf(answer, code.name);
    return value === undefined ? rest : { ...rest, json: JSON.stringify(value) };
  }

  /** What the realm answered, as its text, or the failure of an evaluation that never began. */
  private answer(
    code: LoadedCode,
    handler: Handler,
    ctx: SandboxContext,
    scope: EvaluationScope,
    withStash: boolean,
  ): string | { failure: HandlerError } {
    if (!code.exports.includes(handler)) {
      return { failure: new HandlerError(`The code does not export a ${handler} function.`, code.name) };
    }
    this.scope = scope;
    try {
      return this.inside.run(code.factory, handler, ctx, withStash);
    } finally {
      // Should any job be queued in the realm, it runs now, inside this evaluation, never later.
      this.drainMicrotasks.runInContext(this.context);
      this.scope = undefined;
    }
  }

  private currentScope(): EvaluationScope {
    if (!this.scope) throw new Error('util called outside of a handler evaluation');
    return this.scope;
  }

  private describe(node: unknown, path: string): unknown {
    if (typeof node === 'function') {
      this.functions.set(path, node as (...args: unknown[]) => unknown);
      return FN + path;
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, this.describe(v, path ? `${path}.${k}` : k)]));
  }

  /** The only host function the sandbox can call; it takes and returns strings only. */
  private bridge(path: string, encodedArgs: string): string {
    try {
      const fn = this.functions.get(path);
      if (!fn) return JSON.stringify({ e: { name: 'TypeError', message: `${path} is not a function` } });
      const encoded = JSON.parse(encodedArgs) as Record<string, unknown> & { n: number };
      const args = Array.from({ length: encoded.n }, (_, i) => encoded[i]);
      const value = fn(...args);
      return value === undefined ? '{}' : JSON.stringify({ v: value });
    } catch (e) {
      if (e instanceof SignalError) return JSON.stringify({ s: e.signal });
      return JSON.stringify({ e: { name: (e as Error)?.name, message: messageOf(e) } });
    }
  }
}

const VALUE_PREFIX = '{"v":';

/** An answer of the realm (BOOTSTRAP run()) as a value, a stash and a failure. */
function outcomeOf(answer: string, file: string): { value?: unknown; stash?: unknown; failure?: SignalError | HandlerError } {
  const { v, s, x } = JSON.parse(answer) as { v?: unknown; s?: unknown; x?: { signal?: string; message: string; stack: string } };
  if (x === undefined) return { value: v, stash: s };
  if (x.signal !== undefined) return { failure: new SignalError(JSON.parse(x.signal) as Signal), stash: s };
  const { line, column } = positionOf(x.stack, file);
  return { failure: new HandlerError(x.message, file, line, column), stash: s };
}

function messageOf(e: unknown): string {
  if (e !== null && typeof e === 'object') {
    const d = Object.getOwnPropertyDescriptor(e, 'message');
    if (d && typeof d.value === 'string') return d.value;
  }
  return String(e);
}

function positionOf(e: unknown, file: string): { line?: number; column?: number } {
  const stack =
    typeof e === 'string' ? e : e !== null && typeof e === 'object' ? Object.getOwnPropertyDescriptor(e, 'stack')?.value : undefined;
  if (typeof stack !== 'string') return {};
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack);
  return m ? { line: Number(m[1]), column: m[2] ? Number(m[2]) : undefined } : {};
}
