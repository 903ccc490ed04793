import { afterAll, describe, expect, it } from 'vitest';
import { IsolatedSandbox, type LoadedCode } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import { newScope } from '../../local/appsync-js/scope.ts';
import { noneDataSource } from '../../local/datasources/none.ts';
import type { DataSource, FieldContext } from '../../local/datasources/types.ts';
import { runResolver, type StepTrace } from '../../local/graphql/resolver-runner.ts';

// A unit resolver on a NONE data source runs whole in the sandbox process, in one trip
// (IsolatedSandbox.resolveOnNone). The same resolver on the same data source seen under another
// type takes the general path: two evaluations, and the host's call of the data source between
// them. Whatever the code does, both must come to the same: value or error, what util wrote,
// the steps request logs show, the calls the data source sees.

const iso = new IsolatedSandbox({ memoryMb: 64 });
afterAll(() => iso.close());

const none = noneDataSource('None');
const general: DataSource = { name: 'None', type: 'AMAZON_DYNAMODB', invoke: (request, info) => none.invoke(request, info) };

const ctxOf = (args: Record<string, unknown>): FieldContext => ({
  arguments: args,
  identity: null,
  source: null,
  request: { headers: { 'x-api-key': 'k' }, domainName: null },
  info: { fieldName: 'item', parentTypeName: 'Query', variables: {}, selectionSetList: ['id'], selectionSetGraphQL: '{\n  id\n}' },
  env: {},
});

const describeError = (e: unknown) =>
  e === undefined || e === null
    ? e
    : { name: (e as Error).name, message: (e as Error).message, ...Object.fromEntries(Object.entries(e as object)) };

async function resolve(loaded: LoadedCode, dataSource: DataSource, args: Record<string, unknown>) {
  const scope = newScope('API_KEY', {});
  const steps: StepTrace[] = [];
  const calls: unknown[] = [];
  const observed: DataSource = { ...dataSource, invoke: (request, info) => (calls.push(request), dataSource.invoke(request, info)) };
  const plan = { kind: 'UNIT' as const, typeName: 'Query', fieldName: 'item', code: loaded, dataSource: observed };
  const outcome = await runResolver(plan, {
    sandbox: iso,
    ctx: ctxOf(args),
    scope,
    invocation: { requestId: 'r', fieldPath: 'item' },
    steps,
  }).then(
    (value) => ({ value }),
    (error) => ({ error: describeError(error) }),
  );
  return {
    outcome,
    written: { logs: scope.logs, appendedErrors: scope.appendedErrors, responseHeaders: scope.responseHeaders },
    steps: steps.map(({ durationMs, error, ...step }) => ({ ...step, error: describeError(error), timed: durationMs >= 0 })),
    calls,
  };
}

/** Resolves `code` both ways and returns what they came to, after checking they came to the same. */
async function bothWays(code: string, args: Record<string, unknown> = { id: 'p-1' }) {
  const loaded = iso.load('code.js', `import { util, runtime } from '@aws-appsync/utils';\n${code}`);
  const oneTrip = await resolve(loaded, none, args);
  const twoTrips = await resolve(loaded, general, args);
  expect(oneTrip).toEqual(twoTrips);
  return oneTrip;
}

describe('a unit resolver on NONE, resolved in one trip to the sandbox process', () => {
  it('gives the request payload as ctx.result, and no ctx.error', async () => {
    const { outcome, steps, calls } = await bothWays(`
export function request(ctx) { return { payload: { id: ctx.args.id, n: 1 } }; }
export function response(ctx) { return { result: ctx.result, error: ctx.error === undefined, prev: ctx.prev }; }`);

    expect(outcome).toEqual({ value: { result: { id: 'p-1', n: 1 }, error: true, prev: {} } });
    expect(steps.map((s) => s.handler)).toEqual(['request', 'dataSource', 'response']);
    expect(calls).toEqual([{ payload: { id: 'p-1', n: 1 } }]);
  });

  it('replaces what the request handler put in ctx.result and ctx.error', async () => {
    const { outcome } = await bothWays(`
export function request(ctx) { ctx.result = 'mine'; ctx.error = { message: 'mine' }; ctx.prev = { result: 'kept' }; return { payload: 'theirs' }; }
export function response(ctx) { return { result: ctx.result, error: ctx.error === undefined, hasError: 'error' in ctx, prev: ctx.prev }; }`);

    expect(outcome).toEqual({ value: { result: 'theirs', error: true, hasError: true, prev: { result: 'kept' } } });
  });

  it('passes ctx.result on when the response returns it unchanged, and when it returns something else', async () => {
    expect(
      (
        await bothWays(
          `export function request() { return { payload: [1, 'a', null] }; }\nexport function response(ctx) { return ctx.result; }`,
        )
      ).outcome,
    ).toEqual({ value: [1, 'a', null] });
    expect(
      (
        await bothWays(
          `export function request() { return { payload: 1, version: '2018-05-29' }; }\nexport function response(ctx) { return ctx.result; }`,
        )
      ).outcome,
    ).toEqual({ value: 1 });
    expect(
      (await bothWays(`export function request() { return { payload: { a: 1 } }; }\nexport function response(ctx) { return { a: 1 }; }`))
        .outcome,
    ).toEqual({ value: { a: 1 } });
  });

  it('gives null as ctx.result for a request without payload, a request that is not an object, and none at all', async () => {
    for (const request of ['return { version: "2018-05-29" };', 'return 5;', 'return;', 'return null;', 'return { payload: undefined };']) {
      const { outcome } = await bothWays(
        `export function request() { ${request} }\nexport function response(ctx) { return [ctx.result]; }`,
      );

      expect(outcome).toEqual({ value: [null] });
    }
  });

  it('answers undefined from the response handler as a missing value', async () => {
    expect((await bothWays(`export function request() { return {}; }\nexport function response() {}`)).outcome).toEqual({
      value: undefined,
    });
  });

  it('gives ctx.result as a copy of the payload, as JSON carries it', async () => {
    const { outcome } = await bothWays(`
export function request(ctx) { const p = { a: 1, f: () => 1, u: undefined, d: new Date(0) }; ctx.stash.p = p; return { payload: p }; }
export function response(ctx) { ctx.result.a = 2; return { stashed: ctx.stash.p.a, result: ctx.result, keys: Object.keys(ctx.result) }; }`);

    expect(outcome).toEqual({ value: { stashed: 1, result: { a: 2, d: '1970-01-01T00:00:00.000Z' }, keys: ['a', 'd'] } });
  });

  it('ends with the value of an early return in the request handler, without calling the data source or the response handler', async () => {
    const { outcome, steps, calls } = await bothWays(`
export function request(ctx) { runtime.earlyReturn({ early: ctx.args.id }); }
export function response() { return 'never'; }`);

    expect(outcome).toEqual({ value: { early: 'p-1' } });
    expect(steps.map((s) => s.handler)).toEqual(['request']);
    expect(calls).toEqual([]);
  });

  it('ends with the value of an early return in the response handler', async () => {
    expect(
      (
        await bothWays(
          `export function request() { return { payload: 1 }; }\nexport function response(ctx) { runtime.earlyReturn(ctx.result + 1); }`,
        )
      ).outcome,
    ).toEqual({ value: 2 });
  });

  it('fails the field with util.error from either handler, its data and info kept', async () => {
    const inRequest = await bothWays(
      `export function request() { util.error('no', 'Mine', { a: 1 }, { b: 2 }); }\nexport function response() { return 'never'; }`,
    );
    const inResponse = await bothWays(
      `export function request() { return { payload: 1 }; }\nexport function response(ctx) { util.error('late ' + ctx.result, 'Late'); }`,
    );

    expect(inRequest.outcome).toEqual({
      error: expect.objectContaining({ name: 'FieldError', message: 'no', errorType: 'Mine', data: { a: 1 }, errorInfo: { b: 2 } }),
    });
    expect(inRequest.calls).toEqual([]);
    expect(inResponse.outcome).toEqual({ error: expect.objectContaining({ message: 'late 1', errorType: 'Late' }) });
  });

  it('fails the field as Unauthorized with util.unauthorized', async () => {
    const { outcome } = await bothWays(`export function request() { return {}; }\nexport function response() { util.unauthorized(); }`);

    expect(outcome).toEqual({
      error: expect.objectContaining({ message: 'Not Authorized to access item on type Query', errorType: 'Unauthorized' }),
    });
  });

  it('fails the field with an exception in either handler, its position in the code kept', async () => {
    const inRequest = await bothWays(`export function request() { return missing.value; }\nexport function response() { return 1; }`);
    const inResponse = await bothWays(`export function request() { return {}; }\nexport function response() {\n  return missing.value;\n}`);

    expect(inRequest.outcome).toEqual({
      error: expect.objectContaining({ errorType: 'Code', message: expect.stringMatching(/^code\.js:\d+:\d+: missing is not defined/) }),
    });
    expect(inResponse.outcome).toEqual({
      error: expect.objectContaining({ errorType: 'Code', message: expect.stringMatching(/^code\.js:4:\d+: missing is not defined/) }),
    });
  });

  it('fails the field when the request handler made ctx read-only, as setting ctx.result does', async () => {
    const { outcome, calls } = await bothWays(
      `export function request(ctx) { Object.freeze(ctx); return { payload: 1 }; }\nexport function response(ctx) { return ctx.result; }`,
    );

    expect(outcome).toEqual({ error: expect.objectContaining({ errorType: 'Code', message: expect.stringContaining('cannot be set') }) });
    expect(calls).toEqual([{ payload: 1 }]);
  });

  it('keeps the stash from the request handler to the response handler', async () => {
    const { outcome } = await bothWays(
      `export function request(ctx) { ctx.stash.seen = [ctx.args.id]; return { payload: 1 }; }\nexport function response(ctx) { ctx.stash.seen.push(ctx.result); return ctx.stash; }`,
    );

    expect(outcome).toEqual({ value: { seen: ['p-1', 1] } });
  });

  it('keeps what util wrote in both handlers: logs, appended errors, response headers', async () => {
    const { written } = await bothWays(`
export function request() { console.log('req'); util.appendError('first', 'A'); util.http.addResponseHeader('x-one', '1'); return { payload: 1 }; }
export function response(ctx) { console.log('res', ctx.result); util.appendError('second', 'B', { n: 2 }); util.http.addResponseHeader('x-two', '2'); return 1; }`);

    expect(written.appendedErrors).toEqual([
      expect.objectContaining({ message: 'first', errorType: 'A' }),
      expect.objectContaining({ message: 'second', errorType: 'B', data: { n: 2 } }),
    ]);
    expect(written.logs).toHaveLength(2);
    expect(written.responseHeaders).toEqual({ 'x-one': '1', 'x-two': '2' });
  });

  it('keeps what util wrote before a handler failed', async () => {
    const { written, outcome } = await bothWays(
      `export function request() { util.appendError('kept'); return { payload: 1 }; }\nexport function response() { console.log('also'); util.error('then'); }`,
    );

    expect(outcome).toEqual({ error: expect.objectContaining({ message: 'then' }) });
    expect(written.appendedErrors).toEqual([expect.objectContaining({ message: 'kept' })]);
    expect(written.logs).toHaveLength(1);
  });

  it('fails the field when the code exports no response handler, after the data source was called', async () => {
    const { outcome, calls } = await bothWays(`export function request() { return { payload: 1 }; }`);

    expect(outcome).toEqual({
      error: expect.objectContaining({ errorType: 'Code', message: 'The code does not export a response function.' }),
    });
    expect(calls).toEqual([{ payload: 1 }]);
  });
});
