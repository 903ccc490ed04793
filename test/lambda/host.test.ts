import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LambdaFunctionDeclaration } from '../../infra/declaration.ts';
import { startLambdaHost, type LambdaHost } from '../../local/lambda/host.ts';

const functions: LambdaFunctionDeclaration[] = [
  { name: 'hog', entry: 'test/lambda/handlers/hog.ts', timeout: 30 },
  { name: 'callback', entry: 'test/lambda/handlers/callback.ts' },
  { name: 'sync', entry: 'test/lambda/handlers/sync.ts' },
  { name: 'initError', entry: 'test/lambda/handlers/init-error.ts' },
  { name: 'rejection', entry: 'test/lambda/handlers/rejection.ts' },
  { name: 'named', entry: 'test/lambda/handlers/named.ts', handler: 'main' },
  { name: 'unnamed', entry: 'test/lambda/handlers/named.ts' },
  { name: 'big', entry: 'test/lambda/handlers/big.ts' },
];

const hostOf = (fns: LambdaFunctionDeclaration[]) =>
  startLambdaHost({
    functions: fns,
    region: 'eu-west-1',
    accountId: '000000000000',
    serviceEndpoints: {},
    tableName: (logical) => logical,
    onLog: () => {},
  });

let host: LambdaHost;
beforeAll(async () => {
  host = await hostOf(functions);
});
afterAll(() => host?.stop());

describe('A Lambda execution environment', () => {
  it('is limited to the memory size: exhausting it fails the invocation as Runtime.OutOfMemory and the next one starts cold', async () => {
    // Prepare
    const hog = host.get('hog');
    const warm = await hog.invoke({ megabytes: 1 });
    // Act
    const exhausted = await hog.invoke({ megabytes: 400 });
    const after = await hog.invoke({ megabytes: 1 });
    // Assess
    expect(warm.payload).toEqual({ kept: 1 });
    expect(exhausted.error).toEqual({
      errorType: 'Runtime.OutOfMemory',
      errorMessage: `RequestId: ${exhausted.requestId} Error: Runtime exited with error: signal: killed`,
    });
    expect(after).toMatchObject({ coldStart: true, payload: { kept: 1 } });
  });

  it('runs callback-style handlers', async () => {
    // Act
    const result = await host.get('callback').invoke({ value: 21 });
    // Assess
    expect(result.payload).toEqual({ doubled: 42 });
  });

  it('answers null for a synchronous handler without a callback, as the runtime ignores its return value', async () => {
    // Act
    const result = await host.get('sync').invoke({ a: 1 });
    // Assess
    expect(result).toMatchObject({ payload: null });
  });

  it('reports an error thrown while the module loads as the invocation error, and tries again cold next time', async () => {
    // Act
    const first = await host.get('initError').invoke({});
    const second = await host.get('initError').invoke({});
    // Assess
    expect(first.error).toMatchObject({ errorType: 'RangeError', errorMessage: 'Configuration is missing' });
    expect(second).toMatchObject({ coldStart: true, error: { errorType: 'RangeError' } });
  });

  it('fails an invocation that leaves a promise rejection unhandled with Runtime.UnhandledPromiseRejection', async () => {
    // Act
    const result = await host.get('rejection').invoke({});
    // Assess
    expect(result.error).toMatchObject({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: Nobody awaited me' });
  });

  it('calls the declared export, and names a missing one as Lambda does', async () => {
    // Act
    const named = await host.get('named').invoke({ name: 'Ada' });
    const missing = await host.get('unnamed').invoke({ name: 'Ada' });
    // Assess
    expect(named.payload).toBe('hello Ada');
    expect(missing.error).toMatchObject({ errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' });
  });

  it("fails an answer over Lambda's 6 MB response limit as Function.ResponseSizeTooLarge", async () => {
    // Act
    const result = await host.get('big').invoke({});
    // Assess
    expect(result.error).toEqual({
      errorType: 'Function.ResponseSizeTooLarge',
      errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
    });
  });

  it('serves concurrent invocations from separate environments, then keeps them warm', async () => {
    // Prepare
    const fn = host.get('callback');
    // Act
    const results = await Promise.all([1, 2, 3].map((value) => fn.invoke({ value })));
    // Assess
    expect(results.map((r) => r.payload)).toEqual([{ doubled: 2 }, { doubled: 4 }, { doubled: 6 }]);
    expect(fn.environments).toBeGreaterThanOrEqual(1);
    expect(fn.environments).toBeLessThanOrEqual(3);
  });
});

describe('A Lambda function declaration', () => {
  it('may not set the variables Lambda reserves, with the message Lambda gives', async () => {
    // Act
    const start = hostOf([{ name: 'reserved', entry: 'test/lambda/handlers/sync.ts', environment: { AWS_REGION: 'us-west-2', FINE: 'yes' } }]);
    // Assess
    await expect(start).rejects.toThrow(
      'Function reserved: Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION',
    );
  });

  it("is refused with a memory size or a timeout outside Lambda's limits", async () => {
    // Act
    const memory = hostOf([{ name: 'tiny', entry: 'test/lambda/handlers/sync.ts', memorySize: 64 }]);
    const timeout = hostOf([{ name: 'endless', entry: 'test/lambda/handlers/sync.ts', timeout: 901 }]);
    // Assess
    await expect(memory).rejects.toThrow('Function tiny: memorySize must be an integer from 128 to 10240 MB, got 64.');
    await expect(timeout).rejects.toThrow('Function endless: timeout must be an integer from 1 to 900 seconds, got 901.');
  });

  it('fails to start when the handler does not bundle, naming the file', async () => {
    // Act
    const start = hostOf([{ name: 'absent', entry: 'test/lambda/handlers/does-not-exist.ts' }]);
    // Assess
    await expect(start).rejects.toThrow(/does-not-exist\.ts/);
  });
});
