import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { IsolatedSandbox } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import {
  decodeBatch,
  decodeReply,
  encodeBatch,
  encodeReply,
  type Answer,
  type EvaluateJob,
  type Job,
  type Reply,
} from '../../local/appsync-js/isolation/protocol.ts';
import { newScope } from '../../local/appsync-js/scope.ts';

const field = (info: string, request = '{"headers":{}}') => ({
  arguments: '{"id":"p-1"}',
  identity: 'null',
  source: 'null',
  request,
  info,
  env: '{}',
});

describe('the protocol between the host and a sandbox process', () => {
  it('carries every kind of job as it was', () => {
    const evaluate: EvaluateJob = {
      op: 'evaluate',
      id: 7,
      code: 2,
      handler: 'request',
      ctx: 6,
      create: { field: field('{"fieldName":"a"}') },
      scope: { authMode: 'API_KEY' },
      none: true,
      timed: true,
      readStash: false,
    };
    const jobs: Job[] = [
      { op: 'load', code: 2, name: 'a.js', source: 'export function request() {}\n' },
      evaluate,
      {
        op: 'evaluate',
        id: 9,
        code: 2,
        handler: 'response',
        ctx: 6,
        set: [{ key: 'result', json: '{"a":1}' }, { key: 'error' }],
        scope: { authMode: null, operationType: 'mutation', responseHeaders: { 'x-a': '1' }, responseHeaderBytes: 4 },
        none: false,
        timed: false,
        readStash: true,
      },
      {
        op: 'evaluate',
        id: 10,
        code: 2,
        handler: 'request',
        ctx: 11,
        create: { plain: '{"arguments":{}}' },
        scope: { authMode: 'AWS_IAM' },
        none: false,
        timed: false,
        readStash: true,
      },
      {
        op: 'evaluate',
        id: 12,
        code: 2,
        handler: 'request',
        ctx: 13,
        create: { field: { ...field('{}'), env: undefined } },
        scope: { authMode: 'API_KEY' },
        none: false,
        timed: false,
        readStash: false,
      },
      { op: 'release', ctx: 6 },
    ];

    const decoded = decodeBatch(encodeBatch(jobs));

    expect(decoded).toEqual(
      jobs.map((job) =>
        job.op === 'evaluate' && job.create && 'field' in job.create && job.create.field.env === undefined
          ? { ...job, create: { field: { ...field('{}'), env: undefined } } }
          : job,
      ),
    );
    expect(encodeBatch(jobs)).not.toContain('\n');
  });

  it("sends the members a request's fields share once per batch", () => {
    const request = JSON.stringify({ headers: { authorization: 'x'.repeat(500) }, domainName: null });
    const jobs: Job[] = ['a', 'b', 'c'].map((name, i) => ({
      op: 'evaluate',
      id: i + 1,
      code: 1,
      handler: 'request',
      ctx: i + 1,
      create: { field: field(`{"fieldName":"${name}"}`, request) },
      scope: { authMode: 'API_KEY' },
    }));

    const line = encodeBatch(jobs);

    expect(line.split('x'.repeat(500)).length - 1).toBe(1);
    expect(
      decodeBatch(line).map((job) => job.op === 'evaluate' && job.create && 'field' in job.create && job.create.field.request),
    ).toEqual([request, request, request]);
  });

  it('carries every kind of reply as it was', () => {
    const signal = { kind: 'error' as const, message: 'no', errorType: 'Mine', data: { a: 1 } };
    const cases: [Answer, Reply][] = [
      [
        { id: 1, json: '{"a":1}' },
        { id: 1, value: { a: 1 } },
      ],
      [
        { id: 2, json: 'null' },
        { id: 2, value: null },
      ],
      [{ id: 3 }, { id: 3 }],
      [
        { id: 4, signal },
        { id: 4, signal },
      ],
      [
        { id: 5, error: { message: 'boom', line: 3, column: 7 } },
        { id: 5, error: { message: 'boom', line: 3, column: 7 } },
      ],
      [
        { id: 6, json: '1', request: {} },
        { id: 6, value: 1, request: {} },
      ],
      [
        { id: 7, json: '{"a":[1]}', request: { json: '{"payload":{"a":[1]}}' } },
        { id: 7, value: { a: [1] }, request: { value: { payload: { a: [1] } } } },
      ],
      [
        { id: 8, json: '2', request: { json: '{"payload":2,"version":"x"}' } },
        { id: 8, value: 2, request: { value: { payload: 2, version: 'x' } } },
      ],
      [
        { id: 9, request: { json: '0' }, ms: [0.012, 0.003], scope: { logs: ['l'], responseHeaderBytes: 3 } },
        { id: 9, request: { value: 0 }, ms: [0.012, 0.003], scope: { logs: ['l'], responseHeaderBytes: 3 } },
      ],
      [
        { id: 10, json: '"v"', stash: 0 },
        { id: 10, value: 'v', stash: 0 },
      ],
      [
        { id: 11, signal: { kind: 'earlyReturn', value: null }, stash: { a: null } },
        { id: 11, signal: { kind: 'earlyReturn', value: null }, stash: { a: null } },
      ],
    ];

    for (const [answer, reply] of cases) {
      const line = encodeReply(answer);

      expect(decodeReply(line)).toEqual(reply);
      expect(line).not.toContain('\n');
    }
  });

  it('refuses a line that is no reply', () => {
    expect(() => decodeReply('{"id":1}')).toThrow();
    expect(() => decodeReply('[1,"v",')).toThrow();
  });
});

describe('a sandbox process', () => {
  const iso = new IsolatedSandbox({ memoryMb: 64 });
  afterAll(() => iso.close());
  const echo = iso.load(
    'echo.js',
    'export function request(ctx) { return { payload: ctx.args.id }; }\nexport function response(ctx) { return ctx.result; }',
  );
  const resolve = (id: number) => iso.resolveOnNone(echo, { ...field('{}'), arguments: JSON.stringify({ id }) }, newScope('API_KEY'));

  it('answers every one of many resolutions sent at once, each its own', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => i);

    const outcomes = await Promise.all(ids.map(resolve));

    expect(outcomes.map((o) => o.value)).toEqual(ids);
  });

  // A process the machine's other work keeps from running is silent without computing: it is not
  // taken for one running a long evaluation, and no other process is started beside it.
  it.skipIf(!existsSync('/proc/self/schedstat'))('is not taken for a stalled one while it is kept from running', async () => {
    await resolve(0);
    const started = iso.processesStarted;
    const pid = (iso as unknown as { processes: { child: { pid: number } }[] }).processes[0]!.child.pid;
    process.kill(pid, 'SIGSTOP');
    let waiting: Promise<{ value?: unknown }[]>;
    try {
      waiting = Promise.all([resolve(1), resolve(2), resolve(3)]);
      await new Promise((r) => setTimeout(r, 600));

      expect(iso.processesStarted).toBe(started);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect((await waiting).map((o) => o.value)).toEqual([1, 2, 3]);
    expect(iso.processesStarted).toBe(started);
  });
});
