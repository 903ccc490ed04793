import { AUTH_TYPE_NAMES, type AuthMode, type EvaluationScope } from '../scope.ts';

/** `util.authType()`: a request without an identity reports API key, as AppSync does. */
export const createAuthType = (scope: () => EvaluationScope) => (): string => AUTH_TYPE_NAMES[scope().authMode ?? 'API_KEY'];

const present = (identity: Record<string, unknown>, ...keys: string[]) =>
  keys.every((k) => identity[k] !== undefined && identity[k] !== null);

/**
 * The mode AppSync's EvaluateCode reads off a mock `ctx.identity`, where no request carries a real
 * one: each mode is recognised by its complete identity shape, and anything incomplete counts as
 * an API key (recorded from AWS in localstack/appsync-utils' authType snapshots).
 */
export function authModeOfIdentity(identity: unknown): AuthMode {
  if (identity === null || typeof identity !== 'object' || Array.isArray(identity)) return 'API_KEY';
  const id = identity as Record<string, unknown>;
  if (Object.keys(id).length === 0 || Object.hasOwn(id, 'resolverContext')) return 'AWS_LAMBDA';
  const hasSourceIps = Array.isArray(id.sourceIp);
  if (present(id, 'accountId', 'userArn') && hasSourceIps) return 'AWS_IAM';
  if (present(id, 'sub', 'issuer', 'claims')) {
    if (present(id, 'username', 'defaultAuthStrategy') && hasSourceIps) return 'AMAZON_COGNITO_USER_POOLS';
    if (!Object.hasOwn(id, 'username') && !Object.hasOwn(id, 'sourceIp')) return 'OPENID_CONNECT';
  }
  return 'API_KEY';
}
