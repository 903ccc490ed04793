import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/runtime.ts';
import { escapeRuntime, EVALUATE_CODE_BODY, SIGNED_HEADERS } from './support.ts';

// The permanent escape suite: every way out of the APPSYNC_JS sandbox found so far, through a
// resolver loaded by the runtime and through EvaluateCode. A limit small enough to keep the
// suite quick stands in for AppSync's 30 seconds.
const TIME_LIMIT_MS = 3000;

const { env, evaluate } = escapeRuntime(TIME_LIMIT_MS);
const query = async (field: string) => (await graphql(env.runtime, `{ ${field} }`)).body;

async function expectStillServing() {
  expect(await query('ok')).toEqual({ data: { ok: 'ok' } });
}

describe('a resolver loaded by the runtime', () => {
  it('cannot catch the error when the stack runs out inside util: the realm has no Promise', async () => {
    const body = await query('hostErrorThroughRejection');

    expect(body).toMatchObject({
      data: { hostErrorThroughRejection: null },
      errors: [{ errorType: 'Code', message: expect.stringMatching(/Promise is not defined/) }],
    });
  });

  it('sees only its own realm in what calls back into its proxies and getters: their Function compiles no text', async () => {
    const body = await query('proxyAcrossTheBridge');

    expect(body).toMatchObject({
      data: { proxyAcrossTheBridge: null },
      errors: [
        {
          errorType: 'Code',
          message: expect.stringMatching(/EvalError: Code generation from strings disallowed|Code generation from strings disallowed/),
        },
      ],
    });
  });

  it('shows no host frame or host path in a stack trace', async () => {
    const { data } = await query('stackTrace');

    expect(data.stackTrace).toMatch(/^Error: where am I\n {4}at request \(test\/escapes\/api\/resolvers\/Query\.stackTrace\.ts:\d+:\d+\)$/);
  });

  it("cannot read an earlier evaluation's match from RegExp's legacy statics", async () => {
    expect((await query('regexWrite')).data).toEqual({ regexWrite: true });

    const { data } = await query('regexRead');

    expect(JSON.parse(data.regexRead)).toEqual([null, null, null, null, null, null, null]);
  });

  it('is stopped at the request time limit, and a request running beside it still answers', async () => {
    const [runaway, beside] = await Promise.all([query('runaway'), query('ok')]);

    expect(runaway).toMatchObject({
      data: { runaway: null },
      errors: [{ errorType: 'ExecutionTimeout', message: 'Execution timed out.', path: ['runaway'] }],
    });
    expect(beside).toEqual({ data: { ok: 'ok' } });
    await expectStillServing();
  });

  it('is stopped at the time limit by a util.matches pattern that backtracks catastrophically, while a request beside it answers', async () => {
    const [pattern, beside] = await Promise.all([query('catastrophicPattern'), query('ok')]);

    expect(pattern).toMatchObject({ data: { catastrophicPattern: null }, errors: [{ errorType: 'ExecutionTimeout' }] });
    expect(beside).toEqual({ data: { ok: 'ok' } });
  });

  it('is stopped when it exhausts the sandbox memory, and the server goes on', async () => {
    const body = await query('memoryHog');

    expect(body).toMatchObject({
      data: { memoryHog: null },
      errors: [{ errorType: 'ExecutionMemoryLimit', message: 'Execution exceeded the memory limit.' }],
    });
    await expectStillServing();
  });

  it('cannot even make a promise to leave unhandled, and the server goes on', async () => {
    expect(await query('unhandledRejection')).toMatchObject({
      data: { unhandledRejection: null },
      errors: [{ errorType: 'Code', message: expect.stringMatching(/Promise is not defined/) }],
    });
    await expectStillServing();
  });
});

describe('code sent to EvaluateCode', () => {
  it('cannot splice source into the module wrapper through a re-export name', async () => {
    const injected = `// @ts-ignore
export { "x }); var leaked = 'SECRET'; (function () {" as request } from '@aws-appsync/utils';
`;

    const out = await evaluate(injected);

    expect(out.error?.message).toMatch(/request is not a function/);
    // As in the injection itself, a ts-ignore comment silences the one static error.
    const next = await evaluate(`export function request() {\n  // @ts-ignore\n  return typeof leaked;\n}\n`);
    expect(next.evaluationResult).toBe('"undefined"');
  });

  it('refuses dynamic import', async () => {
    const out = await evaluate(`export function request() { const load = (s) => import(s); return load('node:child_process'); }\n`);

    expect(out.error?.message).toMatch(/Dynamic imports/);
  });

  it('has no way to catch an exception: try, throw and async functions are refused, and there is no Promise', async () => {
    expect((await evaluate(`export function request() { return typeof Promise; }\n`)).evaluationResult).toBe('"undefined"');
    // The type-check and lint would refuse these first; @ts-ignore and any get past those, not past the load.
    const refused = await evaluate(`export function request() {\n  // @ts-ignore\n  const f: any = async () => 1;\n  return f;\n}\n`);
    expect(refused.error?.message).toMatch(/async functions are not supported|Type annotations/);
  });

  it('is stopped at the time limit, and the server keeps answering', async () => {
    const out = await evaluate(
      `export function request() { const s = new Set([0]); for (const x of s) { s.delete(x); s.add(x); } return 1; }\n`,
    );

    expect(out.error?.message).toBe('Execution timed out.');
    await expectStillServing();
    expect((await evaluate(`export function request() { return 2; }\n`)).evaluationResult).toBe('2');
  });
});

describe('the EvaluateCode endpoint', () => {
  const signed = SIGNED_HEADERS;
  const body = EVALUATE_CODE_BODY;

  it('refuses a request from a web page of another origin', async () => {
    const res = await raw('POST', { ...signed, origin: 'https://evil.example' }, body);

    expect(res.status).toBe(403);
    expect(res.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses the preflight of a cross-origin request, allowing nothing', async () => {
    const res = await raw('OPTIONS', {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization',
    });

    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('refuses a request for a host name other than loopback, as a DNS-rebinding page sends', async () => {
    const res = await raw('POST', { ...signed, host: `rebind.evil.example:${env.runtime.port}` }, body);

    expect(res.status).toBe(403);
  });

  it('answers clients on this machine without an Origin, and pages of its own origin', async () => {
    expect((await raw('POST', signed, body)).status).toBe(200);
    expect((await raw('POST', { ...signed, host: `localhost:${env.runtime.port}` }, body)).status).toBe(200);
    expect((await raw('POST', { ...signed, origin: env.origin }, body)).status).toBe(200);
  });

  it('leaves the GraphQL endpoint open to every origin, as AppSync does', async () => {
    const res = await raw('OPTIONS', { origin: 'https://shop.example', 'access-control-request-method': 'POST' }, undefined, '/graphql');

    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://shop.example');
  });
});

function raw(method: string, headers: Record<string, string>, body?: string, path = '/v1/dataplane-evaluatecode') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: env.runtime.port, method, path, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
