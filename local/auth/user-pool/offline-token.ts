import { LocalUserPool } from './pool.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';
import type { UserSpec } from './users.ts';

export interface TokenRequest {
  username: string;
  groups?: string[];
  tokenUse?: 'id' | 'access';
  /** The name of the API whose pool signs (the pool id derives from it). */
  apiName: string;
  region: string;
  /** Where the runtime serves the pool: the token's issuer is `<origin>/<pool id>`. */
  origin: string;
  stateDir: string;
  lifetimeSeconds?: number;
  /** The users the runtime's pool has (their subs and groups). */
  users: readonly UserSpec[];
}

/** A token the runtime started with the same API, origin and state directory accepts. */
export async function localUserPoolToken(request: TokenRequest): Promise<string> {
  const { id, clientId } = LocalUserPool.idsFor(request.apiName, request.region);
  const pool = new LocalUserPool({ id, clientId, key: await loadOrCreateSigningKey(request.stateDir) });
  pool.addUsers(request.users);
  pool.bindOrigin(request.origin);
  const tokens = await pool.tokensFor(request.username, { groups: request.groups, lifetime: request.lifetimeSeconds });
  return request.tokenUse === 'access' ? tokens.accessToken : tokens.idToken;
}
