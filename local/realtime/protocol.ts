// AppSync's real-time protocol (subprotocol `graphql-ws`, AppSync's own, not graphql-transport-ws):
// the messages the server sends, its errors, and the limits it enforces. Sources: the AppSync
// real-time client guide (https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html),
// aws-amplify/amplify-js AWSWebSocketProvider and the refusals quoted in client issues (cited where used).
import type { AppSyncErrorJson } from '../graphql/errors.ts';
import type { UnauthorizedRequest } from '../http/authentication.ts';
import { MAX_BODY } from '../http/server.ts';

export const SUBPROTOCOL = 'graphql-ws';

/** What `connection_ack` tells clients: close the connection if no `ka` arrives for this long. */
export const CONNECTION_TIMEOUT_MS = 300_000;

/** AppSync sends `ka` about every minute. */
export const DEFAULT_KEEP_ALIVE_INTERVAL_MS = 60_000;

/** Subscriptions one connection may hold (aws-appsync-realtime-client-ios expects 100 start_acks, then MaxSubscriptionsReachedError). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 100;

/**
 * A subscription event larger than this is not delivered, and nothing tells the client: AppSync's
 * quota "Subscription payload size" (https://docs.aws.amazon.com/general/latest/gr/appsync.html).
 */
export const MAX_EVENT_PAYLOAD_BYTES = 240 * 1024;

// Limits AppSync documents no numbers for: these are the runtime's own choices, so that one client
// cannot hold the server's memory or sockets (a flood of unread replies, huge frames, idle sockets).

/** An inbound frame over this closes the connection (ws: 1009); the same bound as an HTTP request body. */
export const MAX_INBOUND_FRAME_BYTES = MAX_BODY;

/** Replies a client has not read (`bufferedAmount`) past which it is dropped rather than queued more. */
export const MAX_BUFFERED_OUTBOUND_BYTES = 1024 * 1024;

/** How long a socket may stay open without sending `connection_init`. */
export const DEFAULT_CONNECTION_INIT_TIMEOUT_MS = 30_000;

/** One entry of an `error` or `connection_error` payload: AppSync's own refusals, or GraphQL errors. */
export type RealtimeError = { errorType?: string | null; message?: string; errorCode?: number } | AppSyncErrorJson;

export const connectionAck = (connectionTimeoutMs = CONNECTION_TIMEOUT_MS) => ({
  type: 'connection_ack',
  payload: { connectionTimeoutMs },
});
export const KEEP_ALIVE = JSON.stringify({ type: 'ka' });
export const startAck = (id: string) => ({ type: 'start_ack', id });
export const complete = (id: string) => ({ type: 'complete', id });
export const connectionError = (errors: RealtimeError[]) => ({ type: 'connection_error', payload: { errors } });

/** An `error` about one subscription, or (no id) about a message AppSync could not read. */
export const errorMessage = (id: string | undefined, errors: RealtimeError[]) =>
  id === undefined ? { type: 'error', payload: { errors } } : { type: 'error', id, payload: { errors } };

/**
 * A message AppSync cannot place: unknown `type`, no `payload.data`, not JSON. Seen with no `id`, the
 * word "unknown" whatever was sent (artilleryio/artillery#1567, enisdenjo/graphql-ws#602,
 * ChilliCream/graphql-platform#6468); the connection stays open.
 */
export const unsupported = (operation = 'unknown'): RealtimeError => ({
  errorType: 'UnsupportedOperation',
  message: `${operation} not supported through the realtime channel`,
});

/** Refusal of the 101st subscription of a connection; the words are an assumption (only the type is confirmed). */
export const maxSubscriptionsReached = (): RealtimeError => ({
  errorType: 'MaxSubscriptionsReachedError',
  message: `Max number of ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions reached`,
});

/**
 * A `start` reusing the id of a live subscription, in AppSync's words: `{"errorType":
 * "DuplicatedOperationError","message":"Duplicated operation with id fda77766-…"}`, an AppSync
 * answer quoted in aws-amplify/amplify-js#12818.
 */
export const duplicatedOperation = (id: string): RealtimeError => ({
  errorType: 'DuplicatedOperationError',
  message: `Duplicated operation with id ${id}`,
});

/** Sent with `connection_error` before closing a socket that never sent `connection_init`; the runtime's own words. */
export const connectionInitTimeout = (ms: number): RealtimeError => ({
  errorType: 'ConnectionInitTimeout',
  message: `connection_init not received within ${ms} ms`,
});

/** A second `connection_init` on an acknowledged connection; the runtime's own words. */
export const alreadyInitialized = (): RealtimeError => ({
  errorType: 'UnsupportedOperation',
  message: 'connection_init already received on this connection',
});

/** A subscription filter over AppSync's limits: the words are AppSync's (util/subscription-filter.ts), the error type an assumption. */
export const invalidFilter = (violation: string): RealtimeError => ({ errorType: 'BadRequestException', message: violation });

/** An unexpected failure of the runtime itself, with its message. */
export const internalFailure = (error: unknown): RealtimeError => ({
  errorType: 'InternalFailure',
  message: String((error as Error)?.message ?? error),
});

/**
 * A refused handshake or `start` in the real-time protocol's words. Bad keys and tokens:
 * UnauthorizedException with errorCode 401 on `connection_error` (aws-amplify/amplify-flutter#2763).
 * A bad SigV4 signature: BadRequestException with the signature message
 * (awslabs/aws-mobile-appsync-sdk-js#619, aws-amplify/amplify-js#14001); its errorCode 400 is an
 * assumption. `start` errors carry no errorCode.
 */
export function denied(denial: UnauthorizedRequest, refusal: 'connection' | 'start'): RealtimeError {
  const badSignature = denial.status === 403;
  const errorType = badSignature ? 'BadRequestException' : denial.errorType;
  if (refusal === 'start') return { errorType, message: denial.message };
  return { errorType, message: denial.message, errorCode: badSignature ? 400 : 401 };
}

/**
 * The frame of a `data` message, cut where the event's JSON goes, so an event is serialized once
 * and each subscriber only adds its id: `<prefix><payload JSON>}`.
 */
export const dataFramePrefix = (id: string) => Buffer.from(`{"type":"data","id":${JSON.stringify(id)},"payload":`);
export const DATA_FRAME_SUFFIX = Buffer.from('}');
