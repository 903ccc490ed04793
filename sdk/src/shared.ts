// What both entries export: the client, its auth modes, results and typed errors.
export { createClient, type Client, type ClientOptions } from './client.ts';
export { authorizer, type AuthOptions, type Authorize, type AwsCredentials } from './auth.ts';
export type { OperationDocument } from './document.ts';
export type { ApiError, AppSyncErrorType, KnownError, UndocumentedError, UndocumentedErrorType } from './errors.ts';
export type { Result } from './result.ts';
