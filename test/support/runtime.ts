import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { request } from 'node:https';
import type { ApiDeclaration } from '../../model/declaration.ts';
import { startLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from '../../local/runtime.ts';

/** A runtime on a free port against the run's shared DynamoDB Local, with tables of its own. */
export function startTestRuntime(api: ApiDeclaration, options: Partial<LocalRuntimeOptions> = {}): Promise<LocalRuntime> {
  return startLocalRuntime({
    api,
    port: 0,
    dynamoDbEndpoint: inject('dynamoDbEndpoint'),
    tablePrefix: `t${randomBytes(4).toString('hex')}-`,
    // Tests that read Lambda logs pass their own; the rest keep the test output readable.
    onLambdaLog: () => {},
    ...options,
  });
}

export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
}

/** Sends a raw body to the endpoint, as any HTTP client would. */
export async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** `post` over HTTPS to a server with a certificate the client trusts (`ca`): Node's fetch cannot be given one. */
export function postTrusting(ca: string, url: string, body: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', ca, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
        resolve({ status: res.statusCode ?? 0, headers: responseHeaders, body: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends a GraphQL request with the runtime's API key. */
export function graphql(runtime: LocalRuntime, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  return post(runtime.url, JSON.stringify({ query, variables }), { 'x-api-key': runtime.apiKey, ...headers });
}
