import { readFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { AppSyncClient, EvaluateCodeCommand } from '@aws-sdk/client-appsync';
import { afterAll, beforeAll } from 'vitest';
import { IsolatedSandbox } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import type { CodeEvaluator } from '../../local/evaluate-code/evaluator.ts';
import { evaluateCodeRoute } from '../../local/evaluate-code/route.ts';
import { createHttpServer } from '../../local/http/server.ts';
import type { ApiDeclaration } from '../../model/declaration.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { startTestRuntime } from '../support/runtime.ts';
import { escapeApi } from './api.ts';

/** Sandboxes a test file makes, each a real sandbox process; all closed after the file. */
export function sandboxes() {
  const made: IsolatedSandbox[] = [];
  afterAll(async () => {
    await Promise.all(made.map((iso) => iso.close()));
  });
  return (memoryMb = 64) => {
    const iso = new IsolatedSandbox({ memoryMb });
    made.push(iso);
    return iso;
  };
}

/** The highest resident memory of an IsolatedSandbox's first process, read from /proc every `everyMs` until `stop()`. */
export function residentPeak(iso: IsolatedSandbox, everyMs: number) {
  const pid = (iso as unknown as { processes: { child: { pid: number } }[] }).processes[0]!.child.pid;
  let peakMb = 0;
  const sampler = setInterval(() => {
    try {
      peakMb = Math.max(peakMb, (Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096) / 2 ** 20);
    } catch {
      // gone
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(sampler);
      return peakMb;
    },
  };
}

/**
 * `api` served for a test file with a 3 s request time standing in for AppSync's 30 seconds, and
 * requests sent to it with its API key.
 */
export function limitedRuntime(api: ApiDeclaration) {
  let runtime: LocalRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime(api, { limits: { requestTimeMs: 3000, sandboxMemoryMb: 64 } });
  }, 30_000);
  afterAll(async () => {
    await runtime?.stop();
  });
  const postRaw = (body: string, url = runtime.url) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': runtime.apiKey }, body });
  return {
    runtime: () => runtime,
    postRaw,
    post: (query: string, variables?: unknown) => postRaw(JSON.stringify({ query, variables })),
  };
}

/** Options of an evaluation that must be done within `ms`. */
export const within = (ms: number) => ({ deadline: Date.now() + ms });

/** The signed Authorization header EvaluateCode wants (its signature is not checked locally). */
export const SIGNED_HEADERS = {
  authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/appsync/aws4_request, SignedHeaders=host, Signature=0',
};
/** The same, as a raw header line. */
export const SIGNED = `Authorization: ${SIGNED_HEADERS.authorization}`;

/** An EvaluateCode request that succeeds wherever it is let through. */
export const EVALUATE_CODE_BODY = JSON.stringify({
  runtime: { name: 'APPSYNC_JS', runtimeVersion: '1.0.0' },
  code: 'export function request() { return 1; }\n',
  context: '{}',
  function: 'request',
});

/**
 * An HTTP server with only the EvaluateCode route, whose evaluator records what it was asked to
 * run, and a client that sends exact bytes (request line and headers as given), for the control rule.
 */
export function controlRuleServer() {
  let server: Server;
  let port = 0;
  const ran: string[] = [];
  beforeAll(async () => {
    const evaluator = { evaluateBody: async (body: string) => (ran.push(body), { evaluationResult: '"RAN"' }) } as unknown as CodeEvaluator;
    server = createHttpServer([], [evaluateCodeRoute(evaluator)]);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });
  const rawHttp = (requestLine: string, headers: string[], body = '{}'): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end(
          `${requestLine}\r\n${[...headers, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'].join('\r\n')}\r\n\r\n${body}`,
        );
      });
      let text = '';
      socket.on('data', (c) => (text += c));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
  const status = (text: string) => Number(/^HTTP\/1\.[01] (\d+)/.exec(text)?.[1]);
  return { ran, rawHttp, status, port: () => port };
}

/**
 * The escape API served for a test file, with a small request time standing in for AppSync's
 * 30 seconds, and EvaluateCode called through the official client as against AWS.
 */
export function escapeRuntime(timeLimitMs = 3000) {
  const env = {} as { runtime: LocalRuntime; client: AppSyncClient; origin: string };
  beforeAll(async () => {
    env.runtime = await startTestRuntime(escapeApi, { limits: { requestTimeMs: timeLimitMs, sandboxMemoryMb: 64 } });
    env.origin = env.runtime.url.replace(/\/graphql$/, '');
    env.client = new AppSyncClient({
      endpoint: env.origin,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    env.client?.destroy();
    await env.runtime?.stop();
  });
  const evaluate = (code: string, context: Record<string, unknown> = {}) =>
    env.client.send(
      new EvaluateCodeCommand({
        runtime: { name: 'APPSYNC_JS', runtimeVersion: '1.0.0' },
        code,
        context: JSON.stringify(context),
        function: 'request',
      }),
    );
  return { env, evaluate };
}
