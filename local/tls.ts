import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A certificate and key for serving HTTPS/WSS locally. */
export interface LocalTls {
  key: string;
  cert: string;
  /** The certificate's PEM file: what `NODE_EXTRA_CA_CERTS` or a browser is told to trust. */
  certFile: string;
}

/** Renewed this long before it expires, so a running runtime never serves an expired one. */
const RENEW_BEFORE_MS = 30 * 86_400_000;
const LIFETIME_MS = 365 * 86_400_000;

/** Where the runtime started with `stateDir` keeps its certificate: what clients of an `--https` runtime trust. */
export const tlsCertificateFile = (stateDir: string) => path.join(stateDir, 'tls', 'localhost.pem');

/**
 * A self-signed certificate for `localhost`, `127.0.0.1` and `::1`, generated once (pure JavaScript,
 * no openssl needed) and kept in `<stateDir>/tls/` so clients that trusted it keep trusting it.
 * Amplify JS derives `wss://` even from an `http://` endpoint, so a local HTTPS server is the way to
 * point it at the runtime unmodified.
 */
export async function localTls(stateDir: string): Promise<LocalTls> {
  const dir = path.join(stateDir, 'tls');
  const certFile = tlsCertificateFile(stateDir);
  const keyFile = path.join(dir, 'localhost-key.pem');
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    if (Date.parse(new X509Certificate(cert).validTo) - Date.now() > RENEW_BEFORE_MS) {
      return { key: readFileSync(keyFile, 'utf8'), cert, certFile };
    }
  }
  // Loaded only to make a certificate, which happens once per state folder.
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + LIFETIME_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  // A renewal rewrites the file in place, which keeps whatever mode it had.
  chmodSync(keyFile, 0o600);
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, certFile };
}
