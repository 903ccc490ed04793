import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64url, createLocalJWKSet, createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { fixtureApi } from '../../model/fixture/api.ts';
import { DEFAULT_USER_POOL } from '../../model/declaration.ts';
import { startTestRuntime } from '../support/runtime.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { loadOrCreateSigningKey, type SigningKey } from '../../local/auth/user-pool/signing-key.ts';
import { sign } from '../../local/auth/user-pool/tokens.ts';
import { LocalUserPool } from '../../local/auth/user-pool/pool.ts';
import { authenticateUserPoolToken } from '../../local/auth/user-pool/authenticator.ts';
import { UnauthorizedRequest } from '../../local/http/authentication.ts';
import { callAs } from './support.ts';
import { refused, outcomeOf } from './outcomes.ts';

const identityQuery = 'query { context { identity authType } }';

let runtime: LocalRuntime;
let poolKey: SigningKey;
let shopperClaims: JWTPayload;

beforeAll(async () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'pool-'));
  runtime = await startTestRuntime(fixtureApi, { stateDir });
  poolKey = await loadOrCreateSigningKey(stateDir);
  shopperClaims = decodeJwt((await runtime.auth.userPool.tokensFor('sam.shopper')).idToken);
});

afterAll(() => runtime?.stop());

const callWithToken = (token: string) => callAs(runtime, { userPoolToken: token }, identityQuery);

describe('User pool tokens at the API', () => {
  it('accepts an ID token and gives the resolver the Cognito identity', async () => {
    // Prepare
    const { idToken } = await runtime.auth.userPool.tokensFor('cora.creator');
    const claims = decodeJwt(idToken);

    // Act
    const response = await callWithToken(idToken);

    // Assess
    expect(response.status).toBe(200);
    expect(response.body.data.context.authType).toBe('User Pool Authorization');
    expect(JSON.parse(response.body.data.context.identity)).toEqual({
      sub: claims.sub,
      issuer: runtime.auth.userPool.issuer,
      username: claims.sub,
      claims,
      sourceIp: ['127.0.0.1'],
      defaultAuthStrategy: 'ALLOW',
      groups: ['creators'],
    });
  });

  it('accepts an access token, the one Amplify sends, with the username (the sub) from its `username` claim', async () => {
    // Prepare
    const { accessToken } = await runtime.auth.userPool.tokensFor('ada.admin');
    const { sub } = decodeJwt(accessToken);

    // Act
    const response = await callWithToken(accessToken);

    // Assess
    const identity = JSON.parse(response.body.data.context.identity);
    expect(identity).toMatchObject({
      username: sub,
      groups: ['admins'],
      claims: { token_use: 'access', client_id: runtime.auth.userPool.clientId },
    });
  });

  it('gives `groups: null` to a user in no group', async () => {
    // Prepare
    const { idToken } = await runtime.auth.userPool.tokensFor('someone.new');

    // Act
    const response = await callWithToken(idToken);

    // Assess
    expect(JSON.parse(response.body.data.context.identity).groups).toBeNull();
  });

  it('publishes the keys at the issuer, so any JWT library verifies the tokens as a real pool’s', async () => {
    // Prepare
    const { idToken } = await runtime.auth.userPool.tokensFor('bea.brand');
    const keys = createRemoteJWKSet(new URL(`${runtime.auth.userPool.issuer}/.well-known/jwks.json`));

    // Act
    const { payload } = await jwtVerify(idToken, keys, { issuer: runtime.auth.userPool.issuer, audience: runtime.auth.userPool.clientId });

    // Assess
    expect(payload).toMatchObject({ 'cognito:username': payload.sub, email: 'bea.brand@example.com' });
  });

  it('keeps the same sub for a username across tokens and pools restarted on the same key', async () => {
    // Prepare
    const first = decodeJwt((await runtime.auth.userPool.tokensFor('someone.else')).idToken);

    // Act
    const second = decodeJwt((await runtime.auth.userPool.tokensFor('someone.else', { groups: ['creators'] })).idToken);

    // Assess
    expect(second.sub).toBe(first.sub);
  });
});

describe('Tampered and foreign tokens', () => {
  const UNAUTHORIZED = refused('Unauthorized');

  const cases: [string, () => Promise<string>, ReturnType<typeof refused>][] = [
    ['not a JWT at all', async () => 'not-a-jwt', refused('Unable to parse JWT token.')],
    [
      'a bad signature',
      async () => {
        const [h, p, s] = (await runtime.auth.userPool.tokensFor('sam.shopper')).idToken.split('.');
        return `${h}.${p}.${s!.slice(0, -4)}${s!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
      },
      UNAUTHORIZED,
    ],
    [
      'forged group claims (payload edited, signature kept)',
      async () => {
        const [h, , s] = (await runtime.auth.userPool.tokensFor('sam.shopper')).idToken.split('.');
        const forged = base64url.encode(JSON.stringify({ ...shopperClaims, 'cognito:groups': ['admins'] }));
        return `${h}.${forged}.${s}`;
      },
      UNAUTHORIZED,
    ],
    [
      'a wrong issuer',
      async () => sign(poolKey, { ...shopperClaims, iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Elsewhere' }),
      UNAUTHORIZED,
    ],
    [
      'a wrong audience (another app client)',
      async () => sign(poolKey, { ...shopperClaims, aud: 'anotherappclientid000000000' }),
      UNAUTHORIZED,
    ],
    ['neither an ID nor an access token', async () => sign(poolKey, { ...shopperClaims, token_use: 'refresh' }), UNAUTHORIZED],
    [
      'an expired token',
      async () =>
        (await runtime.auth.userPool.tokensFor('sam.shopper', { now: Math.floor(Date.now() / 1000) - 7200, lifetime: 3600 })).idToken,
      refused('Token has expired.'),
    ],
    [
      '`alg: none`',
      async () =>
        `${base64url.encode(JSON.stringify({ alg: 'none', kid: poolKey.kid }))}.${base64url.encode(JSON.stringify(shopperClaims))}.`,
      UNAUTHORIZED,
    ],
    [
      'HS256 signed with the public key (algorithm confusion)',
      async () =>
        new SignJWT(shopperClaims)
          .setProtectedHeader({ alg: 'HS256', kid: poolKey.kid })
          .sign(new TextEncoder().encode(JSON.stringify(poolKey.publicJwk))),
      UNAUTHORIZED,
    ],
    [
      'another pool’s token',
      async () => {
        const otherKey = await loadOrCreateSigningKey(mkdtempSync(path.join(tmpdir(), 'other-pool-')));
        const other = new LocalUserPool({
          ...LocalUserPool.idsFor('another-api', 'us-east-1'),
          key: otherKey,
          declaration: DEFAULT_USER_POOL,
        });
        other.addUsers([{ email: 'sam.shopper@example.com', password: 'irrelevant', groups: ['admins'] }]);
        return (await other.tokensFor('sam.shopper@example.com')).idToken;
      },
      UNAUTHORIZED,
    ],
    [
      'a token naming this pool but signed by another key',
      async () => {
        const otherKey = await loadOrCreateSigningKey(mkdtempSync(path.join(tmpdir(), 'impostor-')));
        return sign({ ...otherKey, kid: poolKey.kid }, { ...shopperClaims, 'cognito:groups': ['admins'] });
      },
      UNAUTHORIZED,
    ],
  ];

  it.each(cases)('refuses %s before executing anything', async (_, token, expected) => {
    // Act
    const response = await callWithToken(await token());

    // Assess
    expect(outcomeOf(response)).toEqual(expected);
  });

  it('refuses an access token where the API is configured to take only ID tokens', async () => {
    // Prepare
    const { accessToken, idToken } = await runtime.auth.userPool.tokensFor('sam.shopper');
    const idTokensOnly = {
      issuer: () => runtime.auth.userPool.issuer,
      keys: createLocalJWKSet(runtime.auth.userPool.jwks),
      appIdClientRegex: runtime.auth.userPool.clientId,
      acceptedTokenUse: ['id' as const],
    };

    // Act
    const withAccess = authenticateUserPoolToken(accessToken, idTokensOnly);
    const withId = authenticateUserPoolToken(idToken, idTokensOnly);

    // Assess
    await expect(withAccess).rejects.toEqual(
      new UnauthorizedRequest('Unauthorized', 'UnauthorizedException', 401, 'token_use access is not accepted'),
    );
    await expect(withId).resolves.toMatchObject({ authMode: 'AMAZON_COGNITO_USER_POOLS' });
  });
});
