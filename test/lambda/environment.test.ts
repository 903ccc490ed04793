import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { graphql, startTestRuntime } from '../support/runtime.ts';

const RUNTIME_ONLY = 'VIDEOSHOPS_TEST_RUNTIME_ONLY_SECRET';

let runtime: LocalRuntime;
beforeAll(async () => {
  process.env[RUNTIME_ONLY] = 'the runtime keeps this to itself';
  runtime = await startTestRuntime(fixtureApi, { onLambdaLog: () => {} });
});
afterAll(async () => {
  delete process.env[RUNTIME_ONLY];
  await runtime?.stop();
});

type Echo = { env: Record<string, string>; invocations: number; loadedAt: string; context: { logStreamName: string } };

const echo = async (): Promise<Echo> => JSON.parse((await graphql(runtime, '{ lambdaInvoke }')).body.data.lambdaInvoke);
const other = async (): Promise<Echo> => JSON.parse((await graphql(runtime, '{ lambdaOther }')).body.data.lambdaOther);

/** What Lambda itself sets in every function's environment, plus the endpoints of the local services. */
const PROVIDED = [
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_ACCESS_KEY_ID',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL_APPSYNC',
  'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER',
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_ENDPOINT_URL_SFN',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_REGION',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'LAMBDA_TASK_ROOT',
  'LANG',
  'PATH',
  'POWERTOOLS_TRACE_ENABLED',
  'TZ',
];

describe("A function's environment", () => {
  it('holds its declared variables and what Lambda provides, nothing else', async () => {
    // Act
    const { env } = await echo();
    // Assess
    expect(Object.keys(env).sort()).toEqual([...PROVIDED, 'GREETING', 'SHARED_NAME'].sort());
    expect(env).toMatchObject({
      GREETING: 'hello from echo',
      SHARED_NAME: 'echo',
      AWS_LAMBDA_FUNCTION_NAME: 'fixtureEcho',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      _HANDLER: 'index.handler',
      // No X-Ray on this machine: Powertools' tracer does nothing.
      POWERTOOLS_TRACE_ENABLED: 'false',
    });
  });

  it("is isolated from another function's: neither sees the other's variables", async () => {
    // Act
    const [a, b] = [await echo(), await other()];
    // Assess
    expect(a.env.OTHER_SECRET).toBeUndefined();
    expect(b.env.GREETING).toBeUndefined();
    expect([a.env.SHARED_NAME, b.env.SHARED_NAME]).toEqual(['echo', 'other']);
    expect(b.env).toMatchObject({
      OTHER_SECRET: 'only-other',
      AWS_LAMBDA_FUNCTION_NAME: 'fixtureOther',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
    });
    expect(a.env.AWS_ACCESS_KEY_ID).not.toBe(b.env.AWS_ACCESS_KEY_ID);
  });

  it("is isolated from the runtime's own environment", async () => {
    // Act
    const [a, b] = [await echo(), await other()];
    // Assess
    expect(process.env[RUNTIME_ONLY]).toBeDefined();
    expect(a.env[RUNTIME_ONLY]).toBeUndefined();
    expect(b.env[RUNTIME_ONLY]).toBeUndefined();
  });

  it('sees a fresh X-Ray trace id at each invocation', async () => {
    // Act
    const [a, b] = [await echo(), await echo()];
    // Assess
    expect(a.env._X_AMZN_TRACE_ID).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0$/);
    expect(a.env._X_AMZN_TRACE_ID).not.toBe(b.env._X_AMZN_TRACE_ID);
  });
});

describe('An execution environment', () => {
  it('stays warm between invocations: module state survives, as in a Lambda container', async () => {
    // Act
    const first = await echo();
    const second = await echo();
    const third = await echo();
    // Assess
    expect([second.invocations, third.invocations]).toEqual([first.invocations + 1, first.invocations + 2]);
    expect(new Set([first.loadedAt, second.loadedAt, third.loadedAt]).size).toBe(1);
    expect(new Set([first.context.logStreamName, second.context.logStreamName]).size).toBe(1);
  });

  it('belongs to one function: two functions of the same code keep separate module state', async () => {
    // Prepare
    const echoBefore = (await echo()).invocations;
    const otherBefore = (await other()).invocations;
    // Act
    await other();
    await other();
    const echoAfter = (await echo()).invocations;
    // Assess
    expect(echoAfter).toBe(echoBefore + 1);
    expect((await other()).invocations).toBe(otherBefore + 3);
  });
});
