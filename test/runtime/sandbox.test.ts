import { describe, expect, it } from 'vitest';
import { HandlerError, Sandbox } from '../../local/appsync-js/sandbox.ts';
import { appsyncModules } from '../../local/appsync-js/modules.ts';
import { newScope } from '../../local/appsync-js/scope.ts';
import { SignalError } from '../../local/appsync-js/signals.ts';

const sandbox = new Sandbox(appsyncModules);

function run(code: string, ctx: Record<string, unknown> = {}, handler: 'request' | 'response' = 'request') {
  const loaded = sandbox.load('code.js', code);
  return sandbox.evaluate(loaded, handler, sandbox.createContext(ctx), newScope());
}

function failureOf(code: string): HandlerError {
  try {
    run(code);
  } catch (e) {
    if (e instanceof HandlerError) return e;
    throw e;
  }
  throw new Error('expected the handler to fail');
}

describe('the APPSYNC_JS sandbox', () => {
  it('runs a handler with the AppSync modules and returns plain data', () => {
    const value = run(
      `import { util } from '@aws-appsync/utils';
       export function request(ctx) { return { key: util.dynamodb.toMapValues({ id: ctx.args.id }) }; }`,
      { arguments: { id: 'a1' } },
    );

    expect(value).toEqual({ key: { id: { S: 'a1' } } });
  });

  it('gives ctx.args and ctx.arguments as the same object', () => {
    const value = run(`export function request(ctx) { ctx.args.x = 1; return ctx.arguments; }`, { arguments: {} });

    expect(value).toEqual({ x: 1 });
  });

  it('starts module-level state fresh on every evaluation, as AppSync does', () => {
    const loaded = sandbox.load('counter.js', `let calls = 0; export function request() { calls += 1; return calls; }`);
    const ctx = sandbox.createContext({});

    const values = [1, 2, 3].map(() => sandbox.evaluate(loaded, 'request', ctx, newScope()));

    expect(values).toEqual([1, 1, 1]);
  });

  it('compiles a bundle once however often its handlers run', () => {
    const before = sandbox.compilations;
    const loaded = sandbox.load('once.js', `export function request() { return 1; }`);
    for (let i = 0; i < 50; i += 1) sandbox.evaluate(loaded, 'request', sandbox.createContext({}), newScope());

    expect(sandbox.compilations - before).toBe(1);
  });

  it('turns util.error into a signal carrying type, data and errorInfo', () => {
    const code = `import { util } from '@aws-appsync/utils';
      export function request() { util.error('Nope', 'Custom', { a: 1 }, { b: 2 }); }`;

    expect(() => run(code)).toThrow(SignalError);
    try {
      run(code);
    } catch (e) {
      expect((e as SignalError).signal).toEqual({
        kind: 'error',
        message: 'Nope',
        errorType: 'Custom',
        data: { a: 1 },
        errorInfo: { b: 2 },
      });
    }
  });

  it('reports an exception in resolver code with its line and column in the bundle', () => {
    const error = failureOf(`export function request(ctx) {\n  return ctx.missing.field;\n}`);

    expect(error.message).toMatch(/Cannot read properties of undefined/);
    expect(error.line).toBe(2);
    expect(error.column).toBe(22);
  });

  it('refuses a module that imports anything but the AppSync modules', () => {
    expect(() => sandbox.load('bad.js', `import fs from 'node:fs'; export function request() { return fs; }`)).toThrow(
      /Cannot find module 'node:fs'/,
    );
  });

  describe('JSON.parse as AppSync documents it (supported-features.html, "Built-in objects and functions")', () => {
    it('returns an empty string for text that is not JSON', () => {
      const value = run(`export function request(ctx) { return [JSON.parse('{'), JSON.parse(ctx.args.text), JSON.parse(undefined)]; }`, {
        arguments: { text: 'not json' },
      });

      expect(value).toEqual(['', '', '']);
    });

    it('parses valid text as usual', () => {
      const value = run(`export function request() { return JSON.parse('{"a":[1,"x",null]}'); }`);

      expect(value).toEqual({ a: [1, 'x', null] });
    });

    it('catches nothing resolver code raises while its text is read or revived', () => {
      const failures = [`JSON.parse({ toString() { return null.x; } })`, `JSON.parse('{"a":1}', () => null.x)`].map((call) =>
        failureOf(`export function request() { ${call}; return 'not reached'; }`),
      );

      expect(failures.map((f) => f.message)).toEqual([expect.stringMatching(/null/), expect.stringMatching(/null/)]);
    });

    it('leaves the host’s JSON.parse throwing', () => {
      run(`export function request() { return JSON.parse('{'); }`);

      expect(() => JSON.parse('{')).toThrow(SyntaxError);
    });
  });

  describe('refuses every path to the host', () => {
    it.each([
      ['process', 'typeof process'],
      ['require', 'typeof require'],
      ['globalThis', 'typeof globalThis'],
      ['timers', 'typeof setTimeout + typeof setInterval + typeof queueMicrotask'],
      ['fetch', 'typeof fetch'],
      ['eval', 'typeof eval'],
      ['WebAssembly', 'typeof WebAssembly'],
    ])('has no %s', (_name, expression) => {
      const value = run(`export function request() { return ${expression}; }`);

      expect(value).not.toMatch(/object|function/);
    });

    it.each([
      ['the ctx constructor chain', `ctx.constructor.constructor('return process')()`],
      ['a function constructor', `(() => 1).constructor('return this')()`],
      ['a util function constructor', `util.autoId.constructor('return process')()`],
      ['the prototype of a module object', `Object.getPrototypeOf(util).constructor.constructor('return this')()`],
    ])('through %s', (_name, expression) => {
      const error = failureOf(`import { util } from '@aws-appsync/utils';
        export function request(ctx) { return ${expression}; }`);

      expect(error.message).toMatch(/Code generation from strings disallowed|not a function|Cannot read properties/);
    });

    it('through a re-export name written as a string, which is never spliced into source', () => {
      const code = `export { "x }); var leaked = 1; (function () {" as request } from '@aws-appsync/utils';`;

      expect(failureOf(code).message).toBe('request is not a function');
      expect(run(`export function request() { return typeof leaked; }`)).toBe('undefined');
    });

    it('re-exports a member of an AppSync module under another name', () => {
      const value = run(`export { get as request } from '@aws-appsync/utils/dynamodb';`, { key: { id: 'a1' } });

      expect(value).toMatchObject({ operation: 'GetItem', key: { id: { S: 'a1' } } });
      expect(() => sandbox.load('bad.js', `export { x as request } from 'node:fs';`)).toThrow(/Cannot find module 'node:fs'/);
    });

    it('through a dynamic import or import.meta', () => {
      expect(() => run(`export function request() { return import('node:fs'); }`)).toThrow(/Dynamic imports/);
      expect(() => run(`export function request() { return import.meta.url; }`)).toThrow(/Dynamic imports/);
    });
  });

  describe('keeps evaluations independent', () => {
    it('refuses to change a built-in prototype', () => {
      const error = failureOf(`export function request() { Object.prototype.polluted = true; return 1; }`);

      expect(error.message).toMatch(/not extensible|read only/);
      expect(run(`export function request() { return ({}).polluted === undefined; }`)).toBe(true);
    });

    it('refuses to replace a built-in method', () => {
      const error = failureOf(`export function request() { Array.prototype.map = () => 'hijacked'; return 1; }`);

      expect(error.message).toMatch(/read only/);
      expect(run(`export function request() { return [1, 2].map((x) => x * 2); }`)).toEqual([2, 4]);
    });

    it('refuses to replace a global', () => {
      const error = failureOf(`export function request() { JSON = null; return 1; }`);

      expect(error.message).toMatch(/read only|Assignment to constant/);
    });

    it('still lets code give its own objects a toString or constructor property', () => {
      const value = run(`export function request() { const o = {}; o.toString = 'mine'; o.constructor = 2; return o; }`);

      expect(value).toEqual({ toString: 'mine', constructor: 2 });
    });
  });

  it('collects console output into the evaluation scope', () => {
    const scope = newScope();
    const loaded = sandbox.load('log.js', `export function request(ctx) { console.log('hello', ctx.args); return null; }`);

    sandbox.evaluate(loaded, 'request', sandbox.createContext({ arguments: { a: 1 } }), scope);

    expect(scope.logs).toEqual(['hello {"a":1}']);
  });
});

const headers = { 'x-api-key': 'k' };
const identity = { sub: 'u-1', groups: ['admins'] };
const info = { fieldName: 'shop', parentTypeName: 'Query', variables: {}, selectionSetList: ['id'], selectionSetGraphQL: '{\n  id\n}' };
const source = { shopId: 's-1' };
const env = { TABLE: 't' };
// Long enough that the sandbox parses each member only when code first reads it.
const padding = 'x'.repeat(80);
const large = {
  headers: { ...headers, 'user-agent': padding },
  identity: { ...identity, claims: { padding } },
  info: { ...info, variables: { padding } },
  source: { ...source, padding },
  env: { ...env, PADDING: padding },
};

describe.each([
  ['short members, parsed up front (info is always long)', { headers, identity, info, source, env }],
  ['long members, parsed on first read', large],
])("a field's ctx in the sandbox (%s)", (_, m) => {
  const members = {
    arguments: '{"id":"p-1"}',
    identity: JSON.stringify(m.identity),
    source: JSON.stringify(m.source),
    request: JSON.stringify({ headers: m.headers, domainName: null }),
    info: JSON.stringify(m.info),
    env: JSON.stringify(m.env),
  };
  const evaluate = (code: string) =>
    sandbox.evaluate(sandbox.load('field.js', code), 'request', sandbox.createFieldContext(members), newScope());

  it('shows every member to code that lists or serializes ctx, read or not', () => {
    const value = evaluate(`export function request(ctx) { return { keys: Object.keys(ctx), ctx: JSON.parse(JSON.stringify(ctx)) }; }`);

    expect(value).toEqual({
      keys: ['arguments', 'identity', 'source', 'stash', 'prev', 'request', 'info', 'env', 'args'],
      ctx: {
        arguments: { id: 'p-1' },
        identity: m.identity,
        source: m.source,
        stash: {},
        prev: {},
        request: { headers: m.headers, domainName: null },
        info: m.info,
        env: m.env,
        args: { id: 'p-1' },
      },
    });
  });

  it('gives the same object on every read of a member, so changes to it stick', () => {
    const value = evaluate(`export function request(ctx) {
      ctx.identity.groups.push('editors');
      ctx.request.headers.extra = 'x';
      return { same: ctx.info === ctx.info, groups: ctx.identity.groups, extra: ctx.request.headers.extra };
    }`);

    expect(value).toEqual({ same: true, groups: ['admins', 'editors'], extra: 'x' });
  });

  it('lets code replace a member before or after reading it', () => {
    const value = evaluate(`export function request(ctx) {
      ctx.source = { replaced: true };
      const before = ctx.identity.sub;
      ctx.identity = null;
      return { source: ctx.source, before, identity: ctx.identity, spread: { ...ctx }.source };
    }`);

    expect(value).toEqual({ source: { replaced: true }, before: 'u-1', identity: null, spread: { replaced: true } });
  });

  it("keeps ctx.env read-only and each field's members its own", () => {
    const code = `export function request(ctx) {
      const untouched = ctx.identity.sub;
      ctx.identity.sub = 'changed';
      const envWritable = Reflect.set(ctx.env, 'TABLE', 'other');
      return { untouched, envWritable, table: ctx.env.TABLE };
    }`;

    expect([evaluate(code), evaluate(code)]).toEqual([
      { untouched: 'u-1', envWritable: false, table: 't' },
      { untouched: 'u-1', envWritable: false, table: 't' },
    ]);
  });

  it('gives code no way to leave state behind ctx for the next evaluation', () => {
    const code = `export function request(ctx) {
      const reachable = [];
      Object.keys(ctx).forEach((key) => {
        const d = Object.getOwnPropertyDescriptor(ctx, key);
        if (d.get) reachable.push(d.get, d.set, ctx.__lookupGetter__(key), ...[d.get.prototype, d.set.prototype].filter(Boolean));
      });
      const seen = reachable.filter((o) => o.leaked !== undefined).length;
      let written = 0;
      reachable.forEach((o) => {
        if (Reflect.set(o, 'leaked', 'from an earlier evaluation')) written += 1;
      });
      return { seen, written, hidden: Object.getOwnPropertySymbols(ctx).length };
    }`;

    expect([evaluate(code), evaluate(code)]).toEqual([
      { seen: 0, written: 0, hidden: 0 },
      { seen: 0, written: 0, hidden: 0 },
    ]);
  });

  it('shares nothing writable with later evaluations: a mark on every object reachable from ctx and util is gone next time', () => {
    const code = `import { util, runtime, extensions } from '@aws-appsync/utils';
    export function request(ctx) {
      const seen = new Set();
      const queue = [ctx, util, runtime, extensions, Object, Array, JSON, Math, String, Number, Boolean, Symbol, Error, TypeError, Date, RegExp, Map, Set, WeakMap, Reflect, [], '', 0];
      let marked = 0;
      for (const o of queue) {
        if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o)) continue;
        seen.add(o);
        if (Object.hasOwn(o, '__mark')) marked += 1;
        Reflect.defineProperty(o, '__mark', { value: 1, configurable: true });
        [...Object.getOwnPropertyNames(o), ...Object.getOwnPropertySymbols(o)].forEach((key) => {
          const d = Object.getOwnPropertyDescriptor(o, key);
          if (d) queue.push(d.value, d.get, d.set);
        });
        queue.push(Object.getPrototypeOf(o));
      }
      return { marked, visited: seen.size > 100 };
    }`;

    expect([evaluate(code), evaluate(code)]).toEqual([
      { marked: 0, visited: true },
      { marked: 0, visited: true },
    ]);
  });

  it('behaves as a plain object to code that inherits from it or freezes it', () => {
    const value = evaluate(`export function request(ctx) {
      const child = Object.create(ctx);
      const inherited = child.info.fieldName;
      child.request = 'its own';
      Object.freeze(ctx);
      return { inherited, child: child.request, parent: ctx.request.headers['x-api-key'] };
    }`);

    expect(value).toEqual({ inherited: 'shop', child: 'its own', parent: 'k' });
    expect(() => evaluate(`export function request(ctx) { Object.freeze(ctx); ctx.request = {}; return 1; }`)).toThrow(
      "Cannot assign to read only property 'request' of object '[object Object]'",
    );
  });
});
