import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { graphql, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
const dynamoDbCalls: { operation: string; tables: string[] }[] = [];
beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { onDynamoDbRequest: (call) => dynamoDbCalls.push(call) });
});
afterAll(() => runtime?.stop());

const json = (value: string) => JSON.parse(value);

describe('unit resolvers', () => {
  it('return the NONE data source payload as the field value', async () => {
    const res = await graphql(runtime, '{ echo(message: "hello") }');

    expect(res.body).toEqual({ data: { echo: 'hello' } });
  });

  it('see the arguments, info, request headers, identity and env as AppSync gives them', async () => {
    const res = await graphql(
      runtime,
      `query Ctx($limit: Int) { context(input: "{\\"a\\":[1]}", limit: $limit) {
         arguments fieldName parentTypeName variables selectionSetList selectionSetGraphQL headers identity env authType
         ... on ContextEcho { renamed: source } } }`,
      { limit: 3 },
      { 'x-custom': 'yes' },
    );
    const ctx = res.body.data.context;

    expect(json(ctx.arguments)).toEqual({ input: { a: [1] }, limit: 3 });
    expect(ctx.fieldName).toBe('context');
    expect(ctx.parentTypeName).toBe('Query');
    expect(json(ctx.variables)).toEqual({ limit: 3 });
    expect(ctx.selectionSetList).toEqual([
      'arguments',
      'fieldName',
      'parentTypeName',
      'variables',
      'selectionSetList',
      'selectionSetGraphQL',
      'headers',
      'identity',
      'env',
      'authType',
      'renamed',
    ]);
    expect(ctx.selectionSetGraphQL).toContain('... on ContextEcho {\n    renamed: source\n  }');
    expect(json(ctx.headers)).toMatchObject({ 'x-custom': 'yes', 'x-api-key': runtime.apiKey });
    expect(json(ctx.identity)).toBeNull();
    // No API declares environment variables: resolvers carry the table names in their code.
    expect(json(ctx.env)).toEqual({});
    expect(ctx.authType).toBe('API Key Authorization');
  });
});

describe('pipeline resolvers', () => {
  it('run before, each function in order, then after, sharing the stash and passing prev.result along', async () => {
    const res = await graphql(runtime, '{ pipeline { steps stash prev } }');
    const { steps, stash, prev } = res.body.data.pipeline;

    expect(steps).toEqual(['before', 'first.request', 'first.response', 'second.request', 'second.response', 'after']);
    expect(json(stash)).toMatchObject({ firstSawPrev: { from: 'before' }, secondSawPrev: { from: 'first' } });
    expect(json(prev)).toEqual({ from: 'second' });
  });

  it('skip every function when the before step returns early, handing its value to the after step', async () => {
    const res = await graphql(runtime, '{ pipeline(mode: "skipAll") { steps prev } }');

    expect(res.body.data.pipeline).toEqual({ steps: ['before', 'after'], prev: '{"from":"before"}' });
  });

  it("skip a function's data source and response when its request returns early", async () => {
    const res = await graphql(runtime, '{ pipeline(mode: "skipFirst") { steps stash } }');

    expect(res.body.data.pipeline.steps).toEqual(['before', 'first.request', 'second.request', 'second.response', 'after']);
    expect(json(res.body.data.pipeline.stash).secondSawPrev).toEqual({ from: 'first.early' });
  });

  it('skip the remaining functions when a function returns early with skipTo END', async () => {
    const res = await graphql(runtime, '{ pipeline(mode: "endFromFirst") { steps prev } }');

    expect(res.body.data.pipeline).toEqual({ steps: ['before', 'first.request', 'after'], prev: '{"from":"first.end"}' });
  });
});

describe('errors', () => {
  it('util.error nulls the field with errorType, errorInfo and data filtered by the selection set', async () => {
    const res = await graphql(
      runtime,
      `{ fail(message: "Nope", errorType: "Custom", data: "{\\"id\\":\\"1\\",\\"name\\":\\"n\\",\\"owner\\":\\"hidden\\"}", errorInfo: "{\\"secret\\":1}") { id name } }`,
    );

    expect(res.body).toEqual({
      data: { fail: null },
      errors: [
        {
          path: ['fail'],
          data: { id: '1', name: 'n' },
          errorType: 'Custom',
          errorInfo: { secret: 1 },
          locations: [{ line: 1, column: 3, sourceName: null }],
          message: 'Nope',
        },
      ],
    });
  });

  it('util.appendError keeps the value and adds each error', async () => {
    const res = await graphql(runtime, '{ partial { id name } }');

    expect(res.body.data).toEqual({ partial: { id: 'p1', name: 'kept despite the error' } });
    expect(res.body.errors).toEqual([
      {
        path: ['partial'],
        data: { id: 'd1', name: 'dropped?' },
        errorType: 'Appended',
        errorInfo: { reason: 1 },
        locations: [{ line: 1, column: 3, sourceName: null }],
        message: 'first appended',
      },
      {
        path: ['partial'],
        data: null,
        errorType: null,
        errorInfo: null,
        locations: [{ line: 1, column: 3, sourceName: null }],
        message: 'second appended',
      },
    ]);
  });

  it("util.unauthorized denies only its field with AppSync's message", async () => {
    const res = await graphql(runtime, '{ denied echo(message: "still here") }');

    expect(res.body).toEqual({
      data: { denied: null, echo: 'still here' },
      errors: [
        {
          path: ['denied'],
          data: null,
          errorType: 'Unauthorized',
          errorInfo: null,
          locations: [{ line: 1, column: 3, sourceName: null }],
          message: 'Not Authorized to access denied on type Query',
        },
      ],
    });
  });

  it('propagates a null in a non-null field to the nearest nullable parent', async () => {
    const top = await graphql(runtime, '{ nonNullNull echo(message: "lost") }');
    const nested = await graphql(runtime, '{ nested { label child { label required } } }');

    expect(top.body).toEqual({
      data: null,
      errors: [
        {
          path: ['nonNullNull'],
          locations: null,
          message: "Cannot return null for non-nullable type: 'String' within parent 'Query' (/nonNullNull)",
        },
      ],
    });
    expect(nested.body.data).toEqual({ nested: { label: 'outer', child: null } });
    expect(nested.body.errors[0].path).toEqual(['nested', 'child', 'required']);
  });
});

describe('DynamoDB resolvers', () => {
  it('write and read an item', async () => {
    await graphql(runtime, 'mutation { putItem(input: {id: "d1", name: "Desk", owner: "ann", price: 12000, tags: ["wood"]}) { id } }');

    const res = await graphql(runtime, '{ item(id: "d1") { id name owner price version tags } }');

    expect(res.body).toEqual({ data: { item: { id: 'd1', name: 'Desk', owner: 'ann', price: 12000, version: 1, tags: ['wood'] } } });
  });

  it('raise a failed condition as DynamoDB:ConditionalCheckFailedException, without the current item (as recorded from AppSync)', async () => {
    await graphql(runtime, 'mutation { createItem(input: {id: "c1", name: "First"}) { id } }');

    const res = await graphql(runtime, 'mutation { createItem(input: {id: "c1", name: "Second"}) { id name } }');

    expect(res.body.data).toEqual({ createItem: null });
    expect(res.body.errors[0]).toMatchObject({ errorType: 'DynamoDB:ConditionalCheckFailedException', data: null });
  });

  it('count a retried PutItem whose item is already stored as a success', async () => {
    await graphql(runtime, 'mutation { createItem(input: {id: "c2", name: "Same"}) { id } }');

    const retry = await graphql(runtime, 'mutation { createItem(input: {id: "c2", name: "Same"}) { id name version } }');

    expect(retry.body).toEqual({ data: { createItem: { id: 'c2', name: 'Same', version: 1 } } });
  });

  it('issue exactly one DynamoDB request per data-source call', async () => {
    dynamoDbCalls.length = 0;

    await graphql(runtime, '{ a: item(id: "d1") { id } b: item(id: "d1") { id } }');

    expect(dynamoDbCalls).toEqual([
      { operation: 'GetItem', tables: [runtime.tableName('FixtureItems')] },
      { operation: 'GetItem', tables: [runtime.tableName('FixtureItems')] },
    ]);
  });
});

describe('values made by util.dynamodb', () => {
  it('store a null argument as a DynamoDB NULL, as AppSync accepts the {"NULL": null} that util renders', async () => {
    const put = await graphql(runtime, 'mutation { putItem(input: {id: "n1", name: "Nothing", price: null}) { id price } }');

    const res = await graphql(runtime, '{ item(id: "n1", consistent: true) { id price } }');

    expect(put.body).toEqual({ data: { putItem: { id: 'n1', price: null } } });
    expect(res.body).toEqual({ data: { item: { id: 'n1', price: null } } });
  });
});
