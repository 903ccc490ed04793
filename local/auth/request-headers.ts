import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from './iam/sigv4.ts';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** How a request authenticates, in each mode's terms. */
export type AppSyncCaller =
  | { apiKey: string }
  /** An ID or access token of the user pool, sent as is (AppSync takes no `Bearer`). */
  | { userPoolToken: string }
  /** Signed for `appsync` unless another service is named (tests of refusals do). */
  | { iam: AwsCredentials; region: string; service?: string };

/**
 * The headers an AppSync client sends for one request: `x-api-key`, `Authorization: <jwt>`, or a
 * SigV4 signature (service `appsync`) over the method, URL, host and body, as Amplify signs them.
 */
export async function appSyncAuthHeaders(
  caller: AppSyncCaller,
  request: { url: string; body: string; method?: string; signingDate?: Date },
): Promise<Record<string, string>> {
  if ('apiKey' in caller) return { 'x-api-key': caller.apiKey };
  if ('userPoolToken' in caller) return { authorization: caller.userPoolToken };
  const url = new URL(request.url);
  const service = caller.service ?? 'appsync';
  const signer = new SignatureV4({ credentials: caller.iam, region: caller.region, service, sha256: Sha256, applyChecksum: false });
  const unsigned = {
    method: request.method ?? 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, 'content-type': 'application/json; charset=UTF-8', accept: 'application/json, text/javascript' },
    body: request.body,
  };
  const signed = await signer.sign(unsigned, { signingDate: request.signingDate });
  return Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
