// What both entries export: the client, its auth modes, results and typed errors.
export { createClient, type Client, type ClientOptions, type Fetch } from './client.js';
export { authorizer, type AuthOptions, type Authorize, type AwsCredentials } from './auth.js';
export type { OperationDocument } from './document.js';
export type { ApiError, AppSyncErrorType, KnownError, UndocumentedError } from './errors.js';
export type { Result } from './result.js';
export {
  createRealtimeClient,
  realtimeUrl,
  type Observer,
  type ReconnectOptions,
  type Subscription,
  type WebSocketConstructor,
} from './realtime/index.js';
