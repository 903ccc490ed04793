import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { LocalRuntime } from '../../local/runtime.ts';
import { callAs } from '../auth/support.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { graphql, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
const logs: { fn: string; line: string }[] = [];
beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { onLambdaLog: (fn, line) => logs.push({ fn, line }) });
});
afterAll(() => runtime?.stop());

const json = (value: string) => JSON.parse(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('A JS resolver on a Lambda data source (Invoke)', () => {
  it("sends the request's payload as the event and reads the function's answer as ctx.result", async () => {
    // Act
    const res = await graphql(runtime, 'query ($input: AWSJSON) { lambdaInvoke(input: $input) }', { input: JSON.stringify({ a: [1] }) });
    // Assess
    expect(json(res.body.data.lambdaInvoke).event).toEqual({ field: 'lambdaInvoke', arguments: { input: { a: [1] } } });
  });

  it('gives the handler a Lambda context', async () => {
    // Act
    const res = await graphql(runtime, '{ lambdaInvoke }');
    const { context } = json(res.body.data.lambdaInvoke);
    // Assess
    expect(context).toEqual({
      awsRequestId: expect.stringMatching(UUID),
      functionName: 'fixtureEcho',
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${runtime.auth.iam.region}:000000000000:function:fixtureEcho`,
      memoryLimitInMB: '128',
      logGroupName: '/aws/lambda/fixtureEcho',
      logStreamName: expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/),
      remainingTimeInMillis: expect.any(Number),
      callbackWaitsForEmptyEventLoop: true,
    });
    expect(context.remainingTimeInMillis).toBeGreaterThan(0);
    expect(context.remainingTimeInMillis).toBeLessThanOrEqual(3000);
  });

  it("logs the handler's console output in Lambda's format, between START, END and REPORT lines", async () => {
    // Act
    const res = await graphql(runtime, '{ lambdaInvoke }');
    const { awsRequestId } = json(res.body.data.lambdaInvoke).context;
    const lines = logs.filter(({ fn, line }) => fn === 'fixtureEcho' && line.includes(awsRequestId)).map(({ line }) => line);
    // Assess
    expect(lines).toEqual([
      `START RequestId: ${awsRequestId} Version: $LATEST`,
      expect.stringMatching(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z\\t${awsRequestId}\\tINFO\\techo invoked \\d+$`)),
      `END RequestId: ${awsRequestId}`,
      expect.stringMatching(
        new RegExp(`^REPORT RequestId: ${awsRequestId}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\t`),
      ),
    ]);
  });
});

describe('A direct Lambda resolver', () => {
  it("sends AppSync's context as the event: arguments, identity, source, request, prev, info and stash", async () => {
    // Act
    const res = await graphql(
      runtime,
      'query Direct($limit: Int) { lambdaDirect(input: "{\\"a\\":1}", limit: $limit) }',
      { limit: 2 },
      { 'x-custom': 'yes' },
    );
    const { event } = json(res.body.data.lambdaDirect);
    // Assess
    expect(Object.keys(event)).toEqual(['arguments', 'identity', 'source', 'request', 'prev', 'info', 'stash']);
    expect(event).toEqual({
      arguments: { input: { a: 1 }, limit: 2 },
      identity: null,
      source: null,
      request: { headers: expect.objectContaining({ 'x-custom': 'yes', 'x-api-key': runtime.apiKey }), domainName: null },
      prev: null,
      info: { selectionSetList: [], selectionSetGraphQL: '', fieldName: 'lambdaDirect', parentTypeName: 'Query', variables: { limit: 2 } },
      stash: {},
    });
  });

  it('sends the identity of the caller, as a JS resolver sees it in ctx.identity', async () => {
    // Act
    const res = await callAs(runtime, 'shopper', '{ lambdaDirect context { identity } }');
    // Assess
    const { event } = json(res.body.data.lambdaDirect);
    expect(event.identity).toEqual(json(res.body.data.context.identity));
    expect(event.identity).toMatchObject({ username: expect.any(String), sub: expect.any(String) });
  });

  it("returns the function's answer as the field's value", async () => {
    // Act
    const res = await graphql(runtime, '{ lambdaOther }');
    // Assess
    expect(res.body.errors).toBeUndefined();
    expect(json(res.body.data.lambdaOther)).toMatchObject({ context: { functionName: 'fixtureOther', memoryLimitInMB: '256' } });
  });
});

describe('An Event invocation (invocationType: Event)', () => {
  it('answers at once with a null ctx.result while the function runs in the background', async () => {
    // Prepare
    const id = `fire-${randomUUID()}`;
    // Act
    const res = await graphql(runtime, 'mutation ($id: ID!) { lambdaFireAndForget(id: $id, name: "later") }', { id });
    // Assess
    expect(json(res.body.data.lambdaFireAndForget)).toEqual({ result: null, error: null });
    expect(await eventuallyItem(id)).toMatchObject({ id: { S: id }, name: { S: 'later' }, owner: { S: 'lambda' } });
  });
});

describe('A handler using the AWS SDK', () => {
  it('reaches DynamoDB Local unchanged, through AWS_ENDPOINT_URL_DYNAMODB and the table name in its environment', async () => {
    // Prepare
    const id = `sdk-${randomUUID()}`;
    // Act
    const res = await graphql(runtime, 'query ($id: ID!) { lambdaDynamo(id: $id, name: "from the SDK") }', { id });
    const { Item } = await runtime.dynamoDb.send(
      new GetItemCommand({ TableName: runtime.tableName('FixtureItems'), Key: { id: { S: id } }, ConsistentRead: true }),
    );
    // Assess
    expect(json(res.body.data.lambdaDynamo)).toEqual({
      table: runtime.tableName('FixtureItems'),
      item: { id, name: 'from the SDK', owner: 'lambda' },
    });
    expect(Item).toMatchObject({ name: { S: 'from the SDK' } });
  });

  it("signs with its own role's local credentials, in the runtime's region, and is pointed at every local service", async () => {
    // Act
    const res = await graphql(runtime, '{ lambdaInvoke }');
    const { env } = json(res.body.data.lambdaInvoke);
    const { credentials } = runtime.auth.iam.principal('fixtureEcho');
    // Assess
    expect(env).toMatchObject({
      AWS_ENDPOINT_URL_DYNAMODB: runtime.dynamoDbEndpoint,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: new URL(runtime.url).origin,
      AWS_ENDPOINT_URL_APPSYNC: new URL(runtime.url).origin,
      AWS_REGION: runtime.auth.iam.region,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: credentials.sessionToken,
    });
  });
});

/** Polls DynamoDB a bounded number of times for an item written after the answer. */
async function eventuallyItem(id: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { Item } = await runtime.dynamoDb.send(
      new GetItemCommand({ TableName: runtime.tableName('FixtureItems'), Key: { id: { S: id } }, ConsistentRead: true }),
    );
    if (Item) return Item;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${id} was never written`);
}
