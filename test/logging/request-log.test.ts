import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldLogLevel } from '../../local/logging/levels.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { graphql, post, startTestRuntime } from '../support/runtime.ts';
import { loggingApi } from './fixture/api.ts';

/** A runtime logging at `level` into two streams we can read: JSON lines and terminal lines. */
async function loggedRuntime(level: FieldLogLevel) {
  const json = new PassThrough();
  const terminal = new PassThrough();
  const jsonText: string[] = [];
  const terminalText: string[] = [];
  json.on('data', (chunk: Buffer) => jsonText.push(chunk.toString()));
  terminal.on('data', (chunk: Buffer) => terminalText.push(chunk.toString()));
  const runtime = await startTestRuntime(loggingApi, { logging: { level, json, terminal } });
  return {
    runtime,
    /** JSON entries written so far (and forgets them). */
    entries(): Record<string, any>[] {
      const lines = jsonText.splice(0).join('').split('\n').filter(Boolean);
      return lines.map((l) => JSON.parse(l));
    },
    terminal(): string {
      return terminalText.splice(0).join('');
    },
  };
}

const requestIdOf = (res: { headers: Headers }) => res.headers.get('x-amzn-requestid')!;

describe('per-request summaries (what tests read)', () => {
  let runtime: LocalRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime(loggingApi);
  });
  afterAll(() => runtime?.stop());

  it('count the DynamoDB requests and data-source calls of one operation, by request id, at level NONE too', async () => {
    // Prepare
    await graphql(runtime, 'mutation { putItem(id: "a", name: "A") { id } }');

    // Act
    const res = await graphql(runtime, '{ one: item(id: "a") { name } two: item(id: "b") { name } hello(name: "x") }');

    // Assess
    const summary = runtime.requests.get(requestIdOf(res));
    expect(res.body.data).toEqual({ one: { name: 'A' }, two: null, hello: 'hello x' });
    expect(summary).toMatchObject({
      requestId: requestIdOf(res),
      api: 'logging',
      statusCode: 200,
      dataSourceCalls: { AMAZON_DYNAMODB: 2, NONE: 1, AWS_LAMBDA: 0 },
      errorCount: 0,
    });
    expect(summary!.dynamoDbRequests).toEqual([
      { operation: 'GetItem', tables: [runtime.tableName('LogItems')] },
      { operation: 'GetItem', tables: [runtime.tableName('LogItems')] },
    ]);
  });

  it('keep concurrent operations apart', async () => {
    const [a, b] = await Promise.all([
      graphql(runtime, '{ item(id: "a") { id } }'),
      graphql(runtime, '{ x: item(id: "a") { id } y: item(id: "b") { id } z: item(id: "c") { id } }'),
    ]);

    expect(runtime.requests.get(requestIdOf(a))!.dynamoDbRequests).toHaveLength(1);
    expect(runtime.requests.get(requestIdOf(b))!.dynamoDbRequests).toHaveLength(3);
  });

  it('record a request refused at authentication with its status and no calls', async () => {
    const res = await post(runtime.url, JSON.stringify({ query: '{ hello(name: "x") }' }), { 'x-api-key': 'da2-wrong' });

    expect(res.status).toBe(401);
    expect(runtime.requests.get(requestIdOf(res))).toMatchObject({ statusCode: 401, dataSourceCalls: { NONE: 0 }, errorCount: 1 });
  });
});

describe('level ERROR (npm start default)', () => {
  let log: Awaited<ReturnType<typeof loggedRuntime>>;
  beforeAll(async () => {
    log = await loggedRuntime('ERROR');
  });
  afterAll(() => log?.runtime.stop());

  it('writes nothing for a request without errors', async () => {
    await graphql(log.runtime, '{ hello(name: "quiet") }');

    expect(log.entries()).toEqual([]);
    expect(log.terminal()).toBe('');
  });

  it('writes the field in error with its evaluated handlers and console output, and the request summaries', async () => {
    const res = await graphql(log.runtime, '{ hello(name: "ok") boom }');
    const requestId = requestIdOf(res);

    const entries = log.entries();

    expect(entries.map((e) => e.logType)).toEqual([
      'RequestMapping',
      'ResponseMapping',
      'HandlerLog',
      'RequestSummary',
      'ExecutionSummary',
    ]);
    const [request, response, handlerLog, summary, execution] = entries;
    expect(request).toMatchObject({
      path: ['boom'],
      fieldName: 'boom',
      parentType: 'Query',
      resolverArn: 'arn:aws:appsync:us-east-1:000000000000:apis/logging/types/Query/resolvers/boom',
      requestId,
      graphQLAPIId: 'logging',
      fieldInError: true,
      errors: [],
      transformedTemplate: '{"payload":{"reason":"always"}}',
      context: { arguments: {} },
    });
    expect(response).toMatchObject({
      fieldInError: true,
      errors: [{ message: 'It went boom', type: 'Boom' }],
      context: { result: { reason: 'always' }, error: null },
    });
    expect(handlerLog).toMatchObject({ path: ['boom'], message: 'about to fail', requestId });
    expect(summary).toMatchObject({ logType: 'RequestSummary', requestId, graphQLAPIId: 'logging', statusCode: 200 });
    expect(summary.latency).toBeGreaterThan(0);
    expect(execution).toMatchObject({ logType: 'ExecutionSummary', requestId, version: 1 });
    expect(Date.parse(execution.startTime)).not.toBeNaN();
  });

  it('prints readable lines naming the request, the failed field and its error', async () => {
    const res = await graphql(log.runtime, '{ boom }');

    const text = log.terminal();
    log.entries();

    expect(text).toContain(requestIdOf(res).slice(0, 8));
    expect(text).toMatch(/✗ boom {2}Query\.boom {2}Boom: It went boom/);
    expect(text).toMatch(/response .*✗ Boom: It went boom/);
    expect(text).toContain('│ about to fail');
  });

  it('writes a request refused at authentication', async () => {
    await post(log.runtime.url, JSON.stringify({ query: '{ boom }' }), { 'x-api-key': 'da2-wrong' });

    expect(log.entries().map((e) => [e.logType, e.statusCode])).toEqual([
      ['RequestSummary', 401],
      ['ExecutionSummary', undefined],
    ]);
    expect(log.terminal()).toContain('UnauthorizedException');
  });
});

describe('level INFO', () => {
  let log: Awaited<ReturnType<typeof loggedRuntime>>;
  beforeAll(async () => {
    log = await loggedRuntime('INFO');
  });
  afterAll(() => log?.runtime.stop());

  it("writes every request's summaries and every field's console output, without evaluated handlers", async () => {
    await graphql(log.runtime, '{ hello(name: "info") }');

    expect(log.entries().map((e) => [e.logType, e.message])).toEqual([
      ['HandlerLog', 'saying hello to info'],
      ['RequestSummary', undefined],
      ['ExecutionSummary', undefined],
    ]);
  });
});

describe('level ALL', () => {
  let log: Awaited<ReturnType<typeof loggedRuntime>>;
  beforeAll(async () => {
    log = await loggedRuntime('ALL');
  });
  afterAll(() => log?.runtime.stop());

  it('writes each handler evaluated and the tracing of every field', async () => {
    await graphql(log.runtime, '{ hello(name: "all") }');

    const [request, response, tracing] = log.entries();

    expect(request).toMatchObject({
      logType: 'RequestMapping',
      fieldInError: false,
      transformedTemplate: '{"payload":"hello all"}',
      context: { arguments: { name: 'all' } },
    });
    expect(response).toMatchObject({ logType: 'ResponseMapping', transformedTemplate: '"hello all"', context: { result: 'hello all' } });
    expect(tracing).toMatchObject({ logType: 'Tracing', path: ['hello'], fieldName: 'hello', parentType: 'Query', returnType: 'String' });
    expect(tracing.duration).toBeGreaterThan(0);
    expect(tracing.startOffset).toBeGreaterThanOrEqual(0);
  });

  it("names a pipeline's own handlers Before/AfterMapping and its functions by name and ARN", async () => {
    await graphql(log.runtime, '{ stamped }');

    const mapping = log.entries().filter((e) => e.logType.endsWith('Mapping'));

    expect(mapping.map((e) => [e.logType, e.functionName])).toEqual([
      ['BeforeMapping', undefined],
      ['RequestMapping', 'stamp'],
      ['ResponseMapping', 'stamp'],
      ['AfterMapping', undefined],
    ]);
    expect(mapping[1].functionArn).toBe('arn:aws:appsync:us-east-1:000000000000:apis/logging/functions/stamp');
    expect(mapping[3].transformedTemplate).toBe('"stamped"');
  });

  it('prints each field with its steps on the terminal', async () => {
    await graphql(log.runtime, '{ hello(name: "terminal") }');

    const text = log.terminal();

    expect(text).toMatch(/✓ hello {2}Query\.hello {2}\d+\.\d\d ms/);
    expect(text).toMatch(/request .*\{"payload":"hello terminal"\}/);
    expect(text).toContain('│ saying hello to terminal');
  });
});
