import type { AppendedError } from './signals.ts';

/** What `util.authType()` returns for each authorization mode, as AppSync does. */
export const AUTH_TYPE_NAMES = {
  API_KEY: 'API Key Authorization',
  AWS_IAM: 'IAM Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
} as const;

export type AuthMode = keyof typeof AUTH_TYPE_NAMES;

/**
 * Host-side state of one handler evaluation, read by `util`, `runtime` and `extensions`.
 * Handlers run synchronously, so the sandbox holds exactly one current scope at a time.
 */
export interface EvaluationScope {
  authMode: AuthMode | null;
  appendedErrors: AppendedError[];
  logs: string[];
  responseHeaders: Record<string, string>;
  subscriptionFilter?: unknown;
  subscriptionInvalidationFilter?: unknown;
  invalidations: { subscriptionField: string; payload: Record<string, unknown> }[];
  cacheEvictions: { typeName: string; fieldName: string; keys: Record<string, unknown> }[];
  /** Name of the operation's root type; some extensions only work in mutations. */
  operationType?: 'query' | 'mutation' | 'subscription';
}

export const newScope = (authMode: AuthMode | null = null, responseHeaders: Record<string, string> = {}): EvaluationScope => ({
  authMode,
  appendedErrors: [],
  logs: [],
  responseHeaders,
  invalidations: [],
  cacheEvictions: [],
});
