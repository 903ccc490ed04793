import { randomBytes } from 'node:crypto';
import { seedDemoData } from '../../demo/seed.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import WebSocket from 'ws';
import { createClient, type Client } from '../../sdk/src/index.ts';
import { startTestRuntime } from '../support/runtime.ts';

/** The product API with the demo data, as front ends meet it. */
export const startSdkRuntime = () => startTestRuntime(videoshopsApi, { seed: seedDemoData });

/** The SDK's client with the runtime's API key (Node 20 has no global WebSocket: `ws`'s, for subscriptions). */
export const anonymousClient = (runtime: LocalRuntime): Client =>
  createClient({ url: runtime.url, auth: { type: 'apiKey', apiKey: runtime.apiKey }, WebSocket });

/** A fresh user of the runtime's pool in these groups, and the SDK's client signed in as them. */
export async function signedInClient(runtime: LocalRuntime, groups: string[]) {
  const username = `sdk-${groups[0] ?? 'user'}-${randomBytes(4).toString('hex')}`;
  const { idToken } = await runtime.auth.userPool.tokensFor(username, { groups });
  const sub = JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString()).sub as string;
  return { sub, idToken, client: createClient({ url: runtime.url, auth: { type: 'userPool', token: async () => idToken }, WebSocket }) };
}

/** The SDK's client signing with a backend principal's credentials (SigV4), as a Lambda function does. */
export const backendClient = (runtime: LocalRuntime, principal: string): Client =>
  createClient({
    url: runtime.url,
    auth: { type: 'iam', credentials: runtime.auth.iam.principal(principal).credentials, region: runtime.auth.iam.region },
  });

/** The data of an answer that must have no errors. */
export function dataOf<TData>(result: { data: TData | null; errors: unknown[] }): TData {
  if (result.errors.length || !result.data) throw new Error(`Expected data, got ${JSON.stringify(result)}`);
  return result.data;
}
