// The SDK as the pages use it: the typed documents of @videoshops/sdk and a client with the
// agreed interface — `createClient({ url, auth })` with `query`, `mutate` and `subscribe` — whose
// subscriptions are the SDK's real-time client. Until the package's own `createClient` lands,
// queries and mutations are sent here, so switching to the package is this one file.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createRealtimeClient, type Subscription } from '../../sdk/src/realtime/index.ts';

export * from '@videoshops/sdk';
export type { Subscription };

/** The auth headers of one POST of `body` to `url`: a GraphQL request, a real-time handshake or `start`. */
export type Authorize = (request: { url: string; body: string }) => Promise<Record<string, string>>;

export type AuthOptions =
  | { type: 'apiKey'; apiKey: string }
  | { type: 'userPool'; token: () => Promise<string> }
  /** Headers made elsewhere (the console's server signs IAM requests: no secret key in the page). */
  | { type: 'custom'; authorize: Authorize };

export interface ApiError {
  message: string;
  errorType?: string | null;
  path?: (string | number)[] | null;
}

export interface Result<TData> {
  data: TData | null;
  errors: ApiError[];
}

type Document<TData, TVariables> = DocumentTypeDecoration<TData, TVariables>;

const queryText = (document: unknown) =>
  typeof document === 'object' && document !== null && 'kind' in document ? print(document as DocumentNode) : String(document);

function authorizer(auth: AuthOptions): Authorize {
  switch (auth.type) {
    case 'apiKey':
      return async (request) => ({ host: new URL(request.url).host, 'x-api-key': auth.apiKey });
    case 'userPool':
      return async (request) => ({ host: new URL(request.url).host, Authorization: await auth.token() });
    case 'custom':
      return auth.authorize;
  }
}

export function createClient({ url, auth }: { url: string; auth: AuthOptions }) {
  const authorize = authorizer(auth);

  async function send<TData, TVariables>(document: Document<TData, TVariables>, variables?: TVariables): Promise<Result<TData>> {
    const body = JSON.stringify({ query: queryText(document), variables: variables ?? {} });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authorize({ url, body })) },
      body,
    });
    const answer = (await response.json()) as { data?: TData | null; errors?: ApiError[] };
    return { data: answer.data ?? null, errors: answer.errors ?? [] };
  }

  const realtime = createRealtimeClient({ url, authorize });
  /** AppSync's real-time protocol, by the SDK's real-time client: one socket for all of this client's subscriptions. */
  const subscribe = <TData, TVariables>(document: Document<TData, TVariables>, variables?: TVariables): Subscription<TData> =>
    realtime.subscribe<TData, TVariables>(queryText(document), variables);

  return {
    query: <TData, TVariables>(document: Document<TData, TVariables>, variables?: TVariables) => send(document, variables),
    mutate: <TData, TVariables>(document: Document<TData, TVariables>, variables?: TVariables) => send(document, variables),
    subscribe,
  };
}

export type Client = ReturnType<typeof createClient>;
