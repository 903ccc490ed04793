import type { LocalRuntime } from '../../local/runtime.ts';
import { appSyncAuthHeaders, type AppSyncCaller } from '../../local/auth/request-headers.ts';
import { post, type HttpResult } from '../support/runtime.ts';

/** The callers of the authorization matrix. */
export const CALLERS = [
  'none',
  'apiKey',
  'shopper',
  'owningCreator',
  'otherCreator',
  'brand',
  'admin',
  'iamGranted',
  'iamNotGranted',
] as const;
export type Who = (typeof CALLERS)[number];

/** Demo users standing for each user-pool caller. */
export const USERNAMES = {
  shopper: 'sam.shopper',
  owningCreator: 'cora.creator',
  otherCreator: 'carl.creator',
  brand: 'bea.brand',
  admin: 'ada.admin',
} as const;

/** Backend principals of the fixture: one granted every Query, Mutation and Subscription field, one granted nothing. */
export const PRINCIPALS = { iamGranted: 'fixtureBackend', iamNotGranted: 'fixtureNobody' } as const;

export async function callerOf(runtime: LocalRuntime, who: Exclude<Who, 'none'>): Promise<AppSyncCaller> {
  if (who === 'apiKey') return { apiKey: runtime.apiKey };
  if (who === 'iamGranted' || who === 'iamNotGranted') {
    return { iam: runtime.auth.iam.principal(PRINCIPALS[who]).credentials, region: runtime.auth.iam.region };
  }
  const { idToken } = await runtime.auth.userPool.tokensFor(USERNAMES[who]);
  return { userPoolToken: idToken };
}

/** Sends a GraphQL request to the runtime as `who`, over HTTP like any client. */
export async function callAs(
  runtime: LocalRuntime,
  who: Who | AppSyncCaller,
  query: string,
  variables?: Record<string, unknown>,
): Promise<HttpResult> {
  const body = JSON.stringify({ query, variables });
  const caller = who === 'none' ? undefined : typeof who === 'string' ? await callerOf(runtime, who) : who;
  const headers = caller ? await appSyncAuthHeaders(caller, { url: runtime.url, body }) : {};
  return post(runtime.url, body, headers);
}
