import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { graphql, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { onLambdaLog: () => {} });
});
afterAll(() => runtime?.stop());

/** Invokes the faulty function from a JS resolver; answers the ctx.error and ctx.result its response handler saw. */
async function outcome(mode: string): Promise<{ error: Record<string, unknown> | null; result: { invocations: number } | null }> {
  const res = await graphql(runtime, 'query ($mode: String) { lambdaOutcome(mode: $mode) }', { mode });
  return JSON.parse(res.body.data.lambdaOutcome);
}

const invocations = async () => (await outcome('ok')).result!.invocations;

describe('An error thrown by a handler', () => {
  it("reaches a JS resolver as ctx.error of type Lambda:Unhandled, the function's own error type kept apart", async () => {
    // Act
    const seen = await outcome('throw');
    // Assess
    expect(seen).toEqual({
      error: { message: 'The card was declined', type: 'Lambda:Unhandled', unhandledErrorType: 'PaymentDeclined' },
      result: null,
    });
  });

  it('fails the field of a direct resolver with errorType Lambda:Unhandled, no data and no errorInfo', async () => {
    // Act
    const res = await graphql(runtime, '{ lambdaDirectFault(mode: "throw") }');
    // Assess
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { lambdaDirectFault: null },
      errors: [
        {
          path: ['lambdaDirectFault'],
          data: null,
          errorType: 'Lambda:Unhandled',
          errorInfo: null,
          locations: [{ line: 1, column: 3, sourceName: null }],
          message: 'The card was declined',
        },
      ],
    });
  });

  it('leaves the environment warm: module state survives a handled failure', async () => {
    // Prepare
    const before = await invocations();
    // Act
    await outcome('throw');
    const after = await invocations();
    // Assess
    expect(after).toBe(before + 2);
  });
});

describe('A handler that runs past its timeout', () => {
  it("is aborted with Lambda's Sandbox.Timedout error", async () => {
    // Act
    const seen = await outcome('timeout');
    // Assess
    expect(seen.result).toBeNull();
    expect(seen.error).toEqual({
      message: expect.stringMatching(/^RequestId: [0-9a-f-]{36} Error: Task timed out after 1\.00 seconds$/),
      type: 'Lambda:Unhandled',
      unhandledErrorType: 'Sandbox.Timedout',
    });
  });

  it('loses its environment: the next invocation is a cold start', async () => {
    // Prepare
    await invocations();
    await invocations();
    // Act
    await outcome('timeout');
    const after = await invocations();
    // Assess
    expect(after).toBe(1);
  });
});

describe('A handler that crashes its environment', () => {
  it('fails the invocation with the uncaught error, and the runtime keeps serving', async () => {
    // Act
    const seen = await outcome('crash');
    const still = await graphql(runtime, '{ echo(message: "still serving") }');
    // Assess
    expect(seen.error).toEqual({ message: 'Crashed outside the handler', type: 'Lambda:Unhandled', unhandledErrorType: 'TypeError' });
    expect(still.body).toEqual({ data: { echo: 'still serving' } });
  });

  it('exiting the process fails the invocation with Runtime.ExitError', async () => {
    // Act
    const seen = await outcome('exit');
    // Assess
    expect(seen.error).toEqual({
      message: expect.stringMatching(/^RequestId: [0-9a-f-]{36} Error: Runtime exited with error: exit status 3$/),
      type: 'Lambda:Unhandled',
      unhandledErrorType: 'Runtime.ExitError',
    });
  });

  it('is replaced: after warm invocations, a crash makes the next invocation a cold start', async () => {
    // Prepare
    const first = await invocations();
    const second = await invocations();
    // Act
    await outcome('crash');
    const afterCrash = await invocations();
    // Assess
    expect(second).toBe(first + 1);
    expect(afterCrash).toBe(1);
  });
});
