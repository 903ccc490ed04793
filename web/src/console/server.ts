// The console's own endpoints on the server that served it (local/web/console-route.ts).
import type { RequestSummary } from '../../../local/logging/request-summary.ts';

export type { RequestSummary };

export interface Identities {
  users: { email: string; groups: string[] }[];
  principals: string[];
  region: string;
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  const answer = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(answer.message ?? `HTTP ${response.status}`);
  return answer;
}

export const identities = () => call<Identities>('/console/identities');

export const demoToken = async (email: string) => (await call<{ token: string }>('/console/token', { email })).token;

/** SigV4 headers for one request, signed by the server as a local principal: the page never holds a secret key. */
export const signedHeaders = async (principal: string, request: { url: string; body: string }) =>
  (await call<{ headers: Record<string, string> }>('/console/sign', { principal, ...request })).headers;

export const recentRequests = async () => (await call<{ requests: RequestSummary[] }>('/console/requests')).requests;

/** The local Step Functions' AWS JSON API, at the origin's `/stepfunctions`. */
export async function stepFunctions<T>(operation: string, input: Record<string, unknown>): Promise<T> {
  const response = await fetch('/stepfunctions', {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AWSStepFunctions.${operation}` },
    body: JSON.stringify(input),
  });
  const answer = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(answer.message ?? `HTTP ${response.status}`);
  return answer;
}
