import type { Route } from '../../http/server.ts';
import { send } from '../../http/server.ts';
import type { LocalUserPool } from './pool.ts';

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
    if (pathname === `/${pool.id}/.well-known/openid-configuration`) {
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
