// The SDK as the pages use it: the typed documents of @videoshops/sdk and its `createClient`.
// Until the package's client (with `subscribe`) lands, this module stands in for it with the
// agreed interface — `createClient({ url, auth })` with `query`, `mutate` and `subscribe` — so
// switching to the package is this one file.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export * from '@videoshops/sdk';

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
      return async () => ({ 'x-api-key': auth.apiKey });
    case 'userPool':
      return async () => ({ Authorization: await auth.token() });
    case 'custom':
      return auth.authorize;
  }
}

/** AppSync's real-time URL for a GraphQL URL: the local runtime serves it at `<endpoint>/realtime`. */
const realtimeUrl = (url: string) => `${url.replace(/^http/, 'ws')}/realtime`;

const base64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A subscription's events; `ready` says once the server acknowledged it (events published from then on arrive). */
export interface Subscription<TData> extends AsyncIterableIterator<Result<TData>> {
  ready: Promise<boolean>;
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

  /**
   * AppSync's real-time protocol over one WebSocket per subscription
   * (https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html): the
   * handshake's auth headers in the subprotocol, `start` with its own, events until `return()`.
   */
  function subscribe<TData, TVariables>(document: Document<TData, TVariables>, variables?: TVariables): Subscription<TData> {
    let acknowledge!: (acknowledged: boolean) => void;
    const ready = new Promise<boolean>((resolve) => (acknowledge = resolve));
    const queue: Result<TData>[] = [];
    const waiting: ((r: IteratorResult<Result<TData>>) => void)[] = [];
    let done = false;
    let failure: unknown;
    let socket: WebSocket | undefined;
    const id = crypto.randomUUID();
    const push = (result: Result<TData>) => (waiting.length ? waiting.shift()!({ value: result, done: false }) : queue.push(result));
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      failure = error;
      acknowledge(false);
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'stop', id }));
      socket?.close();
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    };

    (async () => {
      const handshake = await authorize({ url: `${url}/connect`, body: '{}' });
      if (done) return;
      socket = new WebSocket(realtimeUrl(url), ['graphql-ws', `header-${base64Url(JSON.stringify(handshake))}`]);
      socket.onopen = () => socket!.send(JSON.stringify({ type: 'connection_init' }));
      socket.onclose = () => finish();
      socket.onmessage = async (event) => {
        const message = JSON.parse(String(event.data)) as { type: string; id?: string; payload?: { data?: TData; errors?: ApiError[] } };
        if (message.type === 'connection_ack') {
          const data = JSON.stringify({ query: queryText(document), variables: variables ?? {} });
          const authorization = await authorize({ url, body: data });
          socket!.send(JSON.stringify({ id, type: 'start', payload: { data, extensions: { authorization } } }));
        } else if (message.type === 'start_ack') acknowledge(true);
        else if (message.type === 'data') push({ data: message.payload?.data ?? null, errors: message.payload?.errors ?? [] });
        else if (message.type === 'error' || message.type === 'connection_error') {
          push({ data: null, errors: message.payload?.errors ?? [{ message: 'Subscription refused', errorType: 'Unknown' }] });
          finish();
        } else if (message.type === 'complete') finish();
      };
    })().catch(finish);

    const iterator: Subscription<TData> = {
      ready,
      next: () =>
        queue.length
          ? Promise.resolve({ value: queue.shift()!, done: false })
          : done
            ? failure
              ? Promise.reject(failure)
              : Promise.resolve({ value: undefined, done: true })
            : new Promise((resolve) => waiting.push(resolve)),
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  return {
    query: <TData, TVariables>(document: Document<TData, TVariables>, variables?: TVariables) => send(document, variables),
    mutate: <TData, TVariables>(document: Document<TData, TVariables>, variables?: TVariables) => send(document, variables),
    subscribe,
  };
}

export type Client = ReturnType<typeof createClient>;
