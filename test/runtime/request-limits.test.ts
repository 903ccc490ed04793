import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { MAX_VALIDATION_ERRORS } from '../../local/graphql/errors.ts';
import { MAX_VARIABLE_NESTING } from '../../local/graphql/request-limits.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { graphql, post, startTestRuntime } from '../support/runtime.ts';

// Small limits stand in for the deployed ones (depth 10, 1,000 resolvers, 30 s).
let runtime: LocalRuntime;
let hurried: LocalRuntime;
beforeAll(async () => {
  [runtime, hurried] = await Promise.all([
    startTestRuntime(fixtureApi, { limits: { queryDepth: 2, resolverCount: 5 } }),
    startTestRuntime(fixtureApi, { limits: { requestTimeMs: 300 } }),
  ]);
});
afterAll(() => Promise.all([runtime?.stop(), hurried?.stop()]));

const aliases = (count: number, field = 'echo(message: "hi")') =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the query depth limit', () => {
  it('fails each field past it with QueryDepthLimitReached, and resolves the fields within it', async () => {
    const { body } = await graphql(runtime, '{ nested { label child { label } } }');

    expect(body.data).toEqual({ nested: { label: 'outer', child: { label: null } } });
    expect(body.errors).toEqual([expect.objectContaining({ errorType: 'QueryDepthLimitReached', path: ['nested', 'child', 'label'] })]);
  });

  it('leaves a non-null field past it to fail its first nullable parent', async () => {
    const { body } = await graphql(runtime, '{ r: nestedRequired { label child { required } } }');

    expect(body.data).toEqual({ r: { label: 'outer', child: null } });
    expect(body.errors).toEqual([expect.objectContaining({ errorType: 'QueryDepthLimitReached', path: ['r', 'child', 'required'] })]);
  });
});

describe('the resolver count limit', () => {
  it('runs the first resolvers of a request and fails the rest with ResolverExecutionLimitReached', async () => {
    const { body } = await graphql(runtime, aliases(7));

    expect(Object.values(body.data).filter((v) => v === 'hi')).toHaveLength(5);
    expect(body.errors).toHaveLength(2);
    expect(body.errors.every((e: { errorType: string }) => e.errorType === 'ResolverExecutionLimitReached')).toBe(true);
  });

  it('answers an alias flood with the public API key, while a request beside it is answered in full', async () => {
    const [flood, beside] = await Promise.all([graphql(runtime, aliases(2000)), graphql(runtime, '{ echo(message: "beside") }')]);

    expect(flood.body.errors).toHaveLength(1995);
    expect(beside.body).toEqual({ data: { echo: 'beside' } });
  });
});

describe('the request time limit', () => {
  it('ends a data source that outlives the request with ExecutionTimeout', async () => {
    const { body } = await graphql(hurried, '{ lambdaOutcome(mode: "timeout") }');

    expect(body).toMatchObject({
      data: { lambdaOutcome: null },
      errors: [{ errorType: 'ExecutionTimeout', message: 'Execution timed out.', path: ['lambdaOutcome'] }],
    });
  });
});

describe('bounded input and output', () => {
  it('reports at most a bounded number of validation errors, however many the document holds', async () => {
    const { status, body } = await graphql(runtime, aliases(5000, 'unknownField'));

    expect(status).toBe(200);
    expect(body.errors).toHaveLength(MAX_VALIDATION_ERRORS);
  });

  it('refuses variable values nested too deeply with BadRequestException, running nothing', async () => {
    const depth = 100_000;
    const deep = `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`;
    const body = `{"query":"query ($m: String) { echo(message: $m) }","variables":{"m":"x","deep":${deep}}}`;

    const answer = await post(runtime.url, body, { 'x-api-key': runtime.apiKey });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [{ errorType: 'BadRequestException', message: `Variable values may be nested at most ${MAX_VARIABLE_NESTING} levels deep.` }],
    });
  });

  it('accepts variable values nested as deep as allowed', async () => {
    let deep: unknown = 'leaf';
    for (let i = 1; i < MAX_VARIABLE_NESTING; i += 1) deep = { a: deep };

    const { body } = await graphql(runtime, 'query ($m: String) { echo(message: $m) }', { m: 'x', deep });

    expect(body).toEqual({ data: { echo: 'x' } });
  });
});
