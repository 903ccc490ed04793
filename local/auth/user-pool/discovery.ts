import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import type { Route } from '../../http/server.ts';
import { send } from '../../http/server.ts';
import type { LocalUserPool } from './pool.ts';

const openIdConfigurationPath = (poolId: string) => `/${poolId}/.well-known/openid-configuration`;

/**
 * The pool's issuer documents, where a real pool has them: `<issuer>/.well-known/jwks.json` (the keys
 * any JWT library verifies tokens with) and `<issuer>/.well-known/openid-configuration`.
 */
export function userPoolDiscoveryRoute(pool: LocalUserPool): Route {
  return (req, _body, res) => {
    if (req.method !== 'GET') return false;
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === `/${pool.id}/.well-known/jwks.json`) {
      send(res, 200, pool.jwks);
      return true;
    }
    if (pathname === openIdConfigurationPath(pool.id)) {
      send(res, 200, {
        issuer: pool.issuer,
        jwks_uri: `${pool.issuer}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ['RS256'],
        subject_types_supported: ['public'],
        response_types_supported: ['code', 'token'],
      });
      return true;
    }
    return false;
  };
}

/**
 * The origin a runtime listening on `host:port` issues the pool's tokens for, read from its
 * OpenID configuration over HTTPS (trusting `ca`, the runtime's certificate) and HTTP at once, so
 * a token made for it carries its issuer, scheme included. Undefined when neither answers.
 */
export async function runningPoolOrigin(options: { host: string; port: number; poolId: string; ca?: string }): Promise<string | undefined> {
  const path = openIdConfigurationPath(options.poolId);
  const ask = (scheme: 'http' | 'https') =>
    new Promise<string>((resolve, reject) => {
      const request = (scheme === 'https' ? httpsGet : httpGet)(
        { host: options.host, port: options.port, path, timeout: 2000, ...(scheme === 'https' ? { ca: options.ca } : {}) },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => {
            const issuer = res.statusCode === 200 ? issuerIn(body) : undefined;
            if (issuer?.endsWith(`/${options.poolId}`)) resolve(issuer.slice(0, -options.poolId.length - 1));
            else reject(new Error(`no pool ${options.poolId} at ${scheme}://${options.host}:${options.port}`));
          });
          res.on('error', reject);
        },
      );
      request.on('timeout', () => request.destroy(new Error('no answer')));
      request.on('error', reject);
    });
  return Promise.any([ask('https'), ask('http')]).catch(() => undefined);
}

function issuerIn(body: string): string | undefined {
  try {
    const { issuer } = JSON.parse(body) as { issuer?: unknown };
    return typeof issuer === 'string' ? issuer : undefined;
  } catch {
    return undefined;
  }
}
