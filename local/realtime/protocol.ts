// AppSync's real-time protocol (subprotocol `graphql-ws`, AppSync's own, not graphql-transport-ws):
// the messages the server sends, and the limits it enforces. Sources: appsync-facts §6, the
// AppSync real-time client guide, aws-amplify/amplify-js AWSWebSocketProvider and the refusals
// quoted in client issues (cited where used).
import type { AppSyncErrorJson } from '../graphql/error-json.ts';

export const SUBPROTOCOL = 'graphql-ws';

/** What `connection_ack` tells clients: close the connection if no `ka` arrives for this long. */
export const CONNECTION_TIMEOUT_MS = 300_000;

/** AppSync sends `ka` about every minute. */
export const DEFAULT_KEEP_ALIVE_INTERVAL_MS = 60_000;

/** Subscriptions one connection may hold (aws-appsync-realtime-client-ios expects 100 start_acks, then MaxSubscriptionsReachedError). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 100;

/** A subscription event larger than this is not delivered, and nothing tells the client (appsync-facts §6). */
export const MAX_EVENT_PAYLOAD_BYTES = 240 * 1024;

/** One entry of an `error` or `connection_error` payload: AppSync's own refusals, or GraphQL errors. */
export type RealtimeError = { errorType?: string | null; message?: string; errorCode?: number } | AppSyncErrorJson;

export const connectionAck = () => ({ type: 'connection_ack', payload: { connectionTimeoutMs: CONNECTION_TIMEOUT_MS } });
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

/** A `start` reusing the id of a live subscription; the type is seen in Amplify apps, the words are an assumption. */
export const duplicatedOperation = (id: string): RealtimeError => ({
  errorType: 'DuplicatedOperationError',
  message: `Duplicate subscription id ${id}`,
});

/**
 * The frame of a `data` message, cut where the event's JSON goes, so an event is serialized once
 * and each subscriber only adds its id: `<prefix><payload JSON>}`.
 */
export const dataFramePrefix = (id: string) => Buffer.from(`{"type":"data","id":${JSON.stringify(id)},"payload":`);
export const DATA_FRAME_SUFFIX = Buffer.from('}');
