import { generateKeyPairSync, createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * across restarts. Created once; concurrent first starts agree on one key because the file is
 * published with an exclusive link and everyone reads back what won.
 */
export async function loadOrCreateSigningKey(stateDir: string, file = 'user-pool-signing-key.json'): Promise<SigningKey> {
  const keyFile = path.join(stateDir, file);
  if (!existsSync(keyFile)) {
    mkdirSync(stateDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const draft = `${keyFile}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(draft, JSON.stringify(privateKey.export({ format: 'jwk' })), { mode: 0o600 });
    try {
      linkSync(draft, keyFile);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      rmSync(draft, { force: true });
    }
  }
  return signingKeyFromJwk(JSON.parse(readFileSync(keyFile, 'utf8')) as JsonWebKey);
}

export async function signingKeyFromJwk(jwk: JsonWebKey): Promise<SigningKey> {
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const { n, e, kty } = createPublicKey(privateKey).export({ format: 'jwk' });
  const kid = await calculateJwkThumbprint({ kty: kty!, n: n!, e: e! });
  return { kid, privateKey, publicJwk: { kty, n, e, alg: 'RS256', use: 'sig', kid } };
}
