import { print, type DocumentNode } from 'graphql';
import { authorizer, type AuthOptions } from './auth.js';
import type { OperationDocument, VariablesArgument } from './document.js';
import type { ApiError } from './errors.js';
import type { Result } from './result.js';
import { createRealtimeClient, type RealtimeClient, type ReconnectOptions } from './realtime/index.js';
import type { Subscription } from './realtime/subscription.js';
import type { WebSocketConstructor } from './realtime/types.js';

export interface ClientOptions {
  /** The GraphQL endpoint: the Merged API's `/graphql` (locally, `npm start` prints it). */
  url: string;
  auth: AuthOptions;
  /** The platform's `fetch` unless given: browsers and Node 20+ have one. */
  fetch?: Fetch;
  /** For subscriptions where there is no global WebSocket (Node 20): the `ws` package's. */
  WebSocket?: WebSocketConstructor;
  /** How long a subscription socket may be silent before it counts as dropped (default: the server's `connectionTimeoutMs`). */
  keepAliveTimeoutMs?: number;
  reconnect?: ReconnectOptions;
}

/** What the client needs of `fetch`, so that its declarations need neither DOM nor Node types. */
export type Fetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ json(): Promise<unknown> }>;

/** Documents print once each: the same text for every request, as AppSync's document cache sees it. */
const printed = new WeakMap<DocumentNode, string>();
const queryText = (document: DocumentNode) => {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
};

/**
 * A client of the API: `query` and `mutate` send a typed document and answer `{ data, errors }`,
 * `errors` typed by the document's documented error types. A refusal of the whole request (HTTP
 * 400/401, e.g. `UnauthorizedException`) is an answer too, with `data: null`; only a failure to
 * reach the API throws.
 */
export function createClient({ url, auth, fetch: fetchImpl = fetch, ...realtimeOptions }: ClientOptions) {
  const authorize = authorizer(auth);
  // Opened by the first subscription only: a client that never subscribes needs no WebSocket.
  let realtime: RealtimeClient | undefined;
  async function send<TData, TVariables, TErrorType extends string = never>(
    document: OperationDocument<TData, TVariables, TErrorType>,
    ...[variables]: VariablesArgument<NoInfer<TVariables>>
  ): Promise<Result<TData, ApiError<TErrorType>>> {
    const body = JSON.stringify({ query: queryText(document), variables: variables ?? {} });
    const headers = await authorize({ url, body });
    const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const answer = (await response.json()) as { data?: TData | null; errors?: ApiError<TErrorType>[] };
    return { data: answer.data ?? null, errors: answer.errors ?? [] };
  }
  /** Events of a subscription over AppSync's real-time protocol, all of a client's on one socket. */
  function subscribe<TData, TVariables, TErrorType extends string = never>(
    document: OperationDocument<TData, TVariables, TErrorType>,
    ...[variables]: VariablesArgument<NoInfer<TVariables>>
  ): Subscription<TData, ApiError<TErrorType>> {
    realtime ??= createRealtimeClient({ url, authorize, ...realtimeOptions });
    return realtime.subscribe<TData, TVariables, ApiError<TErrorType>>(queryText(document), variables);
  }
  // One request either way; two names so that calls read as what they do.
  return { query: send, mutate: send, subscribe };
}

export type Client = ReturnType<typeof createClient>;
