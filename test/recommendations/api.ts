import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { ApiDeclaration } from '../../model/declaration.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { MERGED_API_PATH, sourceApiPath } from '../../local/federation/endpoints.ts';
import type { LocalRuntime, LocalRuntimeOptions } from '../../local/runtime.ts';
import { appSyncAuthHeaders, type AppSyncCaller } from '../../local/auth/request-headers.ts';
import { post, startTestRuntime, type HttpResult } from '../support/runtime.ts';
import { freshUser } from '../shops/support.ts';

/**
 * The running API and where to send each operation. Once the runtime serves the Merged API at
 * /graphql every operation goes there (the public endpoint, where a query may span source APIs);
 * until then each goes to the endpoint of the source API that declares its root field.
 */
export interface TestApi {
  runtime: LocalRuntime;
  merged: boolean;
  declaration: ApiDeclaration;
  urlFor(query: string): string;
  origin: string;
}

export async function startVideoshops(options: Partial<LocalRuntimeOptions> = {}): Promise<TestApi> {
  const declaration = videoshopsApi;
  const runtime = await startTestRuntime(declaration, options);
  const origin = new URL(runtime.url).origin;
  const probe = await post(`${origin}${MERGED_API_PATH}`, JSON.stringify({ query: '{ __typename }' }), { 'x-api-key': runtime.apiKey });
  const merged = probe.status === 200;
  const owners = rootFieldOwners(declaration);
  return {
    runtime,
    merged,
    declaration,
    origin,
    urlFor(query) {
      if (merged) return `${origin}${MERGED_API_PATH}`;
      const field = firstRootField(query);
      const owner = owners.get(field);
      if (!owner) throw new Error(`No source API declares the root field in: ${query}`);
      return `${origin}${sourceApiPath(owner)}`;
    },
  };
}

/** `Query.x` / `Mutation.x` / `Subscription.x` → the source API whose schema declares it. */
function rootFieldOwners(api: ApiDeclaration): Map<string, string> {
  const owners = new Map<string, string>();
  for (const source of api.sourceApis) {
    for (const file of source.schemaFiles) {
      for (const definition of parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')).definitions) {
        if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
        if (!['Query', 'Mutation', 'Subscription'].includes(definition.name.value)) continue;
        for (const field of definition.fields ?? []) owners.set(`${definition.name.value}.${field.name.value}`, source.name);
      }
    }
  }
  return owners;
}

function firstRootField(query: string): string {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const type = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[operation.operation];
  const field = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  return `${type}.${field && field.kind === Kind.FIELD ? field.name.value : ''}`;
}

/** One caller of the API: a signed-in user, a backend principal or the API key. */
export interface Caller {
  sub: string;
  /** How it authenticates, for clients that sign their own requests (real-time). */
  auth: AppSyncCaller;
  call(query: string, variables?: Record<string, unknown>): Promise<HttpResult>;
}

const sender = (api: TestApi, caller: AppSyncCaller) => async (query: string, variables?: Record<string, unknown>) => {
  const url = api.urlFor(query);
  const body = JSON.stringify({ query, variables });
  return post(url, body, await appSyncAuthHeaders(caller, { url, body }));
};

/** A fresh user of the runtime's pool with these groups, signed in with an ID token as the apps are. */
export async function signIn(api: TestApi, groups: string[], name = groups[0] ?? 'user'): Promise<Caller> {
  const { sub, idToken } = await freshUser(api.runtime, groups, name);
  const auth = { userPoolToken: idToken };
  return { sub, auth, call: sender(api, auth) };
}

/** A backend principal signing with SigV4, as a Lambda handler or workflow task does. */
export function backend(api: TestApi, principal: string): Caller {
  const { credentials } = api.runtime.auth.iam.principal(principal);
  const auth = { iam: credentials, region: api.runtime.auth.iam.region };
  return { sub: '', auth, call: sender(api, auth) };
}

export function anonymous(api: TestApi): Caller {
  const auth = { apiKey: api.runtime.apiKey };
  return { sub: '', auth, call: sender(api, auth) };
}
