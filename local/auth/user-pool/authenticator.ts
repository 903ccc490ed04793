import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Caller } from '../../graphql/executor.ts';
import { denials } from '../denials.ts';

export type TokenUse = 'id' | 'access';

export interface UserPoolVerification {
  /** The pool's issuer, `https://cognito-idp.<region>.amazonaws.com/<pool id>` in AWS. */
  issuer: () => string;
  /** The pool's signing keys: `createRemoteJWKSet(<issuer>/.well-known/jwks.json)` for a real pool. */
  keys: JWTVerifyGetKey;
  /** AppSync's `appIdClientRegex`: the app clients whose tokens are accepted (`aud` of ID tokens, `client_id` of access tokens). */
  appIdClientRegex?: string;
  /** AppSync accepts both ID and access tokens; narrow it to require one kind. */
  acceptedTokenUse?: TokenUse[];
}

/**
 * Cognito user pool authorization of one token (the `Authorization` header, no `Bearer`):
 * RS256 signature by a key of the pool, the pool's issuer, an ID or access token, an accepted
 * app client, not expired.
 */
export async function authenticateUserPoolToken(token: string, verification: UserPoolVerification, sourceIp?: string): Promise<Caller> {
  let unverified: JWTPayload;
  try {
    decodeProtectedHeader(token);
    unverified = decodeJwt(token);
  } catch {
    throw denials.unparsableToken();
  }
  const issuer = verification.issuer();
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, verification.keys, { issuer, algorithms: ['RS256'] }));
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw denials.expiredToken();
    // The issuer names the origin a local token was made for: http against an --https server, or another port.
    const isIssuer = e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'iss';
    throw denials.invalidToken(
      isIssuer ? `the token's issuer is ${String(unverified.iss)}, this pool's is ${issuer}` : (e as Error).message,
    );
  }
  const tokenUse = claims.token_use;
  if ((tokenUse !== 'id' && tokenUse !== 'access') || !(verification.acceptedTokenUse ?? ['id', 'access']).includes(tokenUse)) {
    throw denials.invalidToken(`token_use ${String(tokenUse)} is not accepted`);
  }
  const clientId = tokenUse === 'id' ? claims.aud : claims.client_id;
  if (
    verification.appIdClientRegex !== undefined &&
    !(typeof clientId === 'string' && new RegExp(`^(?:${verification.appIdClientRegex})$`).test(clientId))
  ) {
    throw denials.invalidToken(`app client ${String(clientId)} is not accepted`);
  }
  return { authMode: 'AMAZON_COGNITO_USER_POOLS', identity: userPoolIdentity(claims, sourceIp) };
}

/** `ctx.identity` of a user pool caller, in AppSync's shape. */
export function userPoolIdentity(claims: JWTPayload, sourceIp: string | undefined) {
  const groups = claims['cognito:groups'];
  return {
    sub: claims.sub,
    issuer: claims.iss,
    username: claims.token_use === 'id' ? claims['cognito:username'] : claims.username,
    claims,
    sourceIp: sourceIp ? [sourceIp] : [],
    defaultAuthStrategy: 'ALLOW',
    groups: Array.isArray(groups) ? groups : null,
  };
}
