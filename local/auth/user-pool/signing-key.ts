import { generateKeyPairSync, createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readOrCreateSecret } from '../../secret-file.ts';
import path from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  /** The public half as published in the pool's JWKS. */
  publicJwk: JWK;
}

/**
 * The pool's RS256 key, kept in `<stateDir>/<file>` so tokens printed by `npm run token` stay valid
 * across restarts, readable by its owner only (local/secret-file.ts: concurrent first starts agree
 * on one key).
 */
export async function loadOrCreateSigningKey(stateDir: string, file = 'user-pool-signing-key.json'): Promise<SigningKey> {
  const keyFile = path.join(stateDir, file);
  const jwk = readOrCreateSecret(keyFile, () =>
    JSON.stringify(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })),
  );
  return signingKeyFromJwk(JSON.parse(jwk) as JsonWebKey);
}

export async function signingKeyFromJwk(jwk: JsonWebKey): Promise<SigningKey> {
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const { n, e, kty } = createPublicKey(privateKey).export({ format: 'jwk' });
  const kid = await calculateJwkThumbprint({ kty: kty!, n: n!, e: e! });
  return { kid, privateKey, publicJwk: { kty, n, e, alg: 'RS256', use: 'sig', kid } };
}
