// Subscriptions over AppSync's real-time protocol, for browsers and Node 20+.
import { RealtimeConnection, type RealtimeOptions } from './connection.ts';
import { Subscription } from './subscription.ts';
import type { ApiError } from './types.ts';

export type { ReconnectOptions, RealtimeOptions } from './connection.ts';
export type { Observer } from './subscription.ts';
export type { ApiError, Authorize, Result, WebSocketConstructor, WebSocketLike } from './types.ts';
export { realtimeUrl } from './url.ts';
export { Subscription };

/** A client's subscriptions, all on one WebSocket (opened by the first, closed after the last stops). */
export function createRealtimeClient(options: RealtimeOptions) {
  const connection = new RealtimeConnection(options);
  return {
    subscribe<TData, TVariables = Record<string, unknown>, TError = ApiError>(
      query: string,
      variables?: TVariables,
    ): Subscription<TData, TError> {
      const id = crypto.randomUUID();
      const subscription = new Subscription<TData, TError>(JSON.stringify({ query, variables: variables ?? {} }), () =>
        connection.remove(id),
      );
      connection.add(id, subscription);
      return subscription;
    },
  };
}

export type RealtimeClient = ReturnType<typeof createRealtimeClient>;

/** One subscription on a WebSocket of its own; use `createRealtimeClient` to share one between several. */
export function subscribe<TData, TVariables = Record<string, unknown>, TError = ApiError>(
  options: RealtimeOptions,
  query: string,
  variables?: TVariables,
): Subscription<TData, TError> {
  return createRealtimeClient(options).subscribe<TData, TVariables, TError>(query, variables);
}
