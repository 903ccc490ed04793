import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { graphql, post, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi);
});
afterAll(() => runtime?.stop());

describe("AppSync's HTTP behaviour", () => {
  it('answers an empty body with 400 MalformedHttpRequestException', async () => {
    const res = await post(runtime.url, '', { 'x-api-key': runtime.apiKey });

    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ message: 'Request body is empty.', errorType: 'MalformedHttpRequestException' }] });
  });

  it.each(['meow', '{}', '[]', '{"query": 1}'])('answers the body %s with 400 "Unable to parse GraphQL query."', async (body) => {
    const res = await post(runtime.url, body, { 'x-api-key': runtime.apiKey });

    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ message: 'Unable to parse GraphQL query.', errorType: 'MalformedHttpRequestException' }] });
  });

  it('refuses a request without credentials with 401 UnauthorizedException and runs nothing', async () => {
    const res = await post(runtime.url, JSON.stringify({ query: 'mutation { putItem(input: {id: "unauth", name: "x"}) { id } }' }));
    const after = await graphql(runtime, '{ item(id: "unauth") { id } }');

    expect(res.status).toBe(401);
    expect(res.body.errors[0].errorType).toBe('UnauthorizedException');
    expect(after.body).toEqual({ data: { item: null } });
  });

  it('refuses an unknown API key with 401', async () => {
    const res = await post(runtime.url, JSON.stringify({ query: '{ echo }' }), { 'x-api-key': 'da2-unknown' });

    expect(res.status).toBe(401);
    expect(res.body.errors[0].errorType).toBe('UnauthorizedException');
  });

  it('answers a validation failure with HTTP 200, data null and located errors', async () => {
    const res = await graphql(runtime, '{ badfield }');

    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors[0]).toMatchObject({ path: null, locations: [{ line: 1, column: 3, sourceName: null }] });
    expect(res.body.errors[0].message).toMatch(/badfield/);
  });

  it('returns a request id header like AppSync', async () => {
    const res = await graphql(runtime, '{ echo(message: "hi") }');

    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a browser preflight so web front ends can call it', async () => {
    const res = await fetch(runtime.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'x-api-key,content-type' },
    });

    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-api-key,content-type');
  });

  it('sends the headers resolvers add, one per name whatever its case, the last value kept', async () => {
    const headers = [
      { name: 'x-items-count', value: '7' },
      { name: 'X-Trace', value: 'first' },
      { name: 'x-trace', value: 'second' },
    ];

    const res = await graphql(runtime, 'query ($headers: [ResponseHeaderInput!]!) { withResponseHeaders(headers: $headers) }', { headers });

    expect(res.body).toEqual({ data: { withResponseHeaders: true } });
    expect(res.headers.get('x-items-count')).toBe('7');
    expect(res.headers.get('x-trace')).toBe('second');
  });

  it('lets a browser read a cross-origin answer and its request id, and tells what may be sent only in the preflight', async () => {
    const answers = [
      await graphql(runtime, '{ echo(message: "hi") }', undefined, { origin: 'http://localhost:5173' }),
      await post(runtime.url, '', { origin: 'http://localhost:5173' }),
    ];

    for (const res of answers) {
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(res.headers.get('access-control-expose-headers')).toContain('x-amzn-requestid');
      expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('access-control-allow-methods')).toBeNull();
    }
  });
});

describe('request-phase errors as AppSync reports them', () => {
  it('reports an unknown field with graphql-java wording', async () => {
    const res = await graphql(runtime, '{ badfield }');

    expect(res.body).toEqual({
      data: null,
      errors: [
        {
          path: null,
          locations: [{ line: 1, column: 3, sourceName: null }],
          message: "Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @ 'badfield'",
        },
      ],
    });
  });

  it('refuses a subscription sent over HTTP', async () => {
    const res = await graphql(runtime, 'subscription { onAnything }');

    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(JSON.stringify(res.body)).toMatch(/Subscriptions over MQTT is not supported|Validation error/);
  });

  it('refuses an operation name that names no operation', async () => {
    const res = await post(runtime.url, JSON.stringify({ query: 'query A { echo }', operationName: 'B' }), { 'x-api-key': runtime.apiKey });

    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [{ message: 'No operation matches the provided operation name B.', errorType: 'BadRequestException' }],
    });
  });

  it('passes AWSJSON variables to resolvers parsed', async () => {
    const res = await graphql(runtime, 'query Q($input: AWSJSON) { context(input: $input) { arguments } }', { input: '{"nested":[1,2]}' });

    expect(JSON.parse(res.body.data.context.arguments)).toEqual({ input: { nested: [1, 2] } });
  });

  it('reports a variable of the wrong type', async () => {
    const res = await graphql(runtime, 'query Q($limit: Int) { context(limit: $limit) { fieldName } }', { limit: 'many' });

    expect(res.body.data).toBeNull();
    expect(res.body.errors[0].message).toMatch(/^Variable 'limit' has an invalid value/);
  });
});
