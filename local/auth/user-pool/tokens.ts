import { randomUUID } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import type { SigningKey } from './signing-key.ts';

/** Who a token is for, as the pool knows them. */
export interface TokenSubject {
  sub: string;
  username: string;
  groups: string[];
  email?: string;
  emailVerified?: boolean;
}

export interface TokenContext {
  issuer: string;
  clientId: string;
  /** One sign-in: refreshes keep it, sign-out revokes it (Cognito's `origin_jti`). */
  originJti: string;
  authTime: number;
  /** Seconds; Cognito's default for ID and access tokens is one hour. */
  lifetime: number;
  now?: number;
}

export interface SignedTokens {
  idToken: string;
  accessToken: string;
  expiresIn: number;
}

/**
 * ID and access tokens with the claims a Cognito user pool puts in them (see "Understanding user
 * pool JSON web tokens" in the Cognito developer guide): the ID token names the app client in
 * `aud` and carries `cognito:username`; the access token carries `client_id`, `scope` and `username`.
 */
export async function signTokens(key: SigningKey, subject: TokenSubject, context: TokenContext): Promise<SignedTokens> {
  const iat = context.now ?? Math.floor(Date.now() / 1000);
  const shared = {
    sub: subject.sub,
    ...(subject.groups.length ? { 'cognito:groups': subject.groups } : {}),
    iss: context.issuer,
    origin_jti: context.originJti,
    event_id: randomUUID(),
    auth_time: context.authTime,
    exp: iat + context.lifetime,
    iat,
    jti: randomUUID(),
  };
  const id: JWTPayload = {
    ...shared,
    ...(subject.email !== undefined ? { email_verified: subject.emailVerified ?? true } : {}),
    'cognito:username': subject.username,
    aud: context.clientId,
    token_use: 'id',
    ...(subject.email !== undefined ? { email: subject.email } : {}),
  };
  const access: JWTPayload = {
    ...shared,
    jti: randomUUID(),
    client_id: context.clientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    username: subject.username,
  };
  return { idToken: await sign(key, id), accessToken: await sign(key, access), expiresIn: context.lifetime };
}

export const sign = (key: SigningKey, payload: JWTPayload) =>
  new SignJWT(payload).setProtectedHeader({ kid: key.kid, alg: 'RS256' }).sign(key.privateKey);
