// Subscriptions over AppSync's real-time protocol, for browsers and Node 20+.
import { RealtimeConnection, type RealtimeOptions } from './connection.js';
import { Subscription } from './subscription.js';
import type { ApiError } from './types.js';

export type { ReconnectOptions, RealtimeOptions } from './connection.js';
export type { Observer } from './subscription.js';
export type { ApiError, Authorize, Result, WebSocketConstructor, WebSocketLike } from './types.js';
export { realtimeUrl } from './url.js';
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
