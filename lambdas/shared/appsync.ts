import { Sha256 } from '@aws-crypto/sha256-js';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { SignatureV4 } from '@smithy/signature-v4';

const signer = () =>
  new SignatureV4({ service: 'appsync', region: process.env.AWS_REGION ?? 'us-east-1', credentials: fromEnv(), sha256: Sha256 });

/**
 * A GraphQL request to the Merged API (`GRAPHQL_URL`) signed with the function's role: AppSync
 * notifies subscribers only of mutations sent through its endpoint, so publishing goes this way.
 * Errors in the answer are thrown, named after their `errorType`.
 */
export async function graphql<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
  const url = new URL(process.env.GRAPHQL_URL ?? '');
  const body = JSON.stringify({ query, variables });
  const signed = await signer().sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    headers: { host: url.host, 'content-type': 'application/json' },
    body,
  });
  const res = await fetch(url, { method: 'POST', headers: signed.headers, body, signal: AbortSignal.timeout(10_000) });
  const json = (await res.json().catch(() => ({}))) as { data?: Data; errors?: { errorType?: string; message: string }[] };
  const error = json.errors?.[0];
  if (res.status !== 200 || error) {
    const failure = new Error(error?.message ?? `HTTP ${res.status}`);
    failure.name = error?.errorType ?? 'GraphQLRequestFailed';
    throw failure;
  }
  return json.data as Data;
}
