import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LambdaFunctionDeclaration } from '../../model/declaration.ts';
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
    expect(missing.error).toMatchObject({
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: 'index.handler is undefined or not exported',
    });
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
    const start = hostOf([
      { name: 'reserved', entry: 'test/lambda/handlers/sync.ts', environment: { AWS_REGION: 'us-west-2', FINE: 'yes' } },
    ]);
    // Assess
    await expect(start).rejects.toThrow(
      'Function reserved: Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION',
    );
  });

  it("is refused with a memory size, a timeout or a retry count outside Lambda's limits", async () => {
    // Act
    const memory = hostOf([{ name: 'tiny', entry: 'test/lambda/handlers/sync.ts', memorySize: 64 }]);
    const timeout = hostOf([{ name: 'endless', entry: 'test/lambda/handlers/sync.ts', timeout: 901 }]);
    const retries = hostOf([{ name: 'stubborn', entry: 'test/lambda/handlers/sync.ts', asyncRetryAttempts: 3 }]);
    // Assess
    await expect(memory).rejects.toThrow('Function tiny: memorySize must be an integer from 128 to 10240 MB, got 64.');
    await expect(timeout).rejects.toThrow('Function endless: timeout must be an integer from 1 to 900 seconds, got 901.');
    await expect(retries).rejects.toThrow('Function stubborn: asyncRetryAttempts must be an integer from 0 to 2, got 3.');
  });

  it('fails to start when the handler does not bundle, naming the file', async () => {
    // Act
    const start = hostOf([{ name: 'absent', entry: 'test/lambda/handlers/does-not-exist.ts' }]);
    // Assess
    await expect(start).rejects.toThrow(/does-not-exist\.ts/);
  });
});

describe('An asynchronous (Event) invocation', () => {
  let retrying: LambdaHost;
  let workDir: string;
  const logs: string[] = [];
  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'lambda-retries-'));
    retrying = await startLambdaHost({
      functions: [
        { name: 'flaky', entry: 'test/lambda/handlers/flaky.ts' },
        { name: 'flakyOnce', entry: 'test/lambda/handlers/flaky.ts', asyncRetryAttempts: 0 },
      ],
      region: 'eu-west-1',
      accountId: '000000000000',
      serviceEndpoints: {},
      tableName: (logical) => logical,
      onLog: (_, line) => logs.push(line),
      asyncRetryDelaysMs: [20, 40],
    });
  });
  afterAll(async () => {
    await retrying?.stop();
    await rm(workDir, { recursive: true, force: true });
  });
  const attemptsIn = async (journal: string) => (await readFile(journal, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean);

  it('is run again after a function error, up to twice, with the same event and request id, as Lambda retries it', async () => {
    // Prepare
    const journal = path.join(workDir, 'succeeds-on-third.log');
    // Act
    retrying.get('flaky').invokeAsync({ journal, failures: 2 });
    // Assess
    await vi.waitFor(async () => expect(await attemptsIn(journal)).toHaveLength(3), { timeout: 5000 });
    const attempts = await attemptsIn(journal);
    expect(new Set(attempts).size).toBe(1);
    expect(logs.filter((l) => l.startsWith(`${attempts[0]} async invocation failed`))).toEqual([
      `${attempts[0]} async invocation failed: Error: Attempt 1 fails (attempt 1 of 3; retried in 0.02 s)`,
      `${attempts[0]} async invocation failed: Error: Attempt 2 fails (attempt 2 of 3; retried in 0.04 s)`,
    ]);
  });

  it('is given up after the third failed attempt', async () => {
    // Prepare
    const journal = path.join(workDir, 'always-fails.log');
    // Act
    retrying.get('flaky').invokeAsync({ journal, failures: 10 });
    // Assess
    await vi.waitFor(() => expect(logs.some((l) => l.includes('Attempt 3 fails (attempt 3 of 3; not retried)'))).toBe(true), {
      timeout: 5000,
    });
    expect(await attemptsIn(journal)).toHaveLength(3);
  });

  it('is retried only as often as the function declares', async () => {
    // Prepare
    const journal = path.join(workDir, 'declared-no-retries.log');
    // Act
    retrying.get('flakyOnce').invokeAsync({ journal, failures: 1 });
    // Assess
    await vi.waitFor(() => expect(logs.some((l) => l.includes('Attempt 1 fails (attempt 1 of 1; not retried)'))).toBe(true), {
      timeout: 5000,
    });
    expect(await attemptsIn(journal)).toHaveLength(1);
  });

  it('leaves retries not yet due unrun when the runtime stops, without waiting for them', async () => {
    // Prepare
    const patient = await startLambdaHost({
      functions: [{ name: 'flaky', entry: 'test/lambda/handlers/flaky.ts' }],
      region: 'eu-west-1',
      accountId: '000000000000',
      serviceEndpoints: {},
      tableName: (logical) => logical,
      onLog: (_, line) => logs.push(line),
    });
    const journal = path.join(workDir, 'stopped.log');
    patient.get('flaky').invokeAsync({ journal, failures: 1 });
    await vi.waitFor(() => expect(logs.some((l) => l.includes('Attempt 1 fails (attempt 1 of 3; retried in 60 s)'))).toBe(true), {
      timeout: 5000,
    });
    // Act
    await patient.stop();
    // Assess
    expect(await attemptsIn(journal)).toHaveLength(1);
  });
});
