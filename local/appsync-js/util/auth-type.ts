import { AUTH_TYPE_NAMES, type EvaluationScope } from '../scope.ts';

/** `util.authType()`: a request without an identity reports API key, as AppSync does. */
export const createAuthType = (scope: () => EvaluationScope) => (): string =>
  AUTH_TYPE_NAMES[scope().authMode ?? 'API_KEY'];
