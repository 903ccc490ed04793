import { userPoolOf, type ApiDeclaration } from '../../../model/declaration.ts';
import { LocalUserPool } from './pool.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';
import type { UserSpec } from './users.ts';

export interface TokenRequest {
  /** A user's e-mail or username; a known user's e-mail before the `@` also names them (`cora.creator`). */
  who: string;
  groups?: string[];
  tokenUse?: 'id' | 'access';
  /** The API whose pool signs (the pool id derives from its name). */
  api: ApiDeclaration;
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
  const pool = new LocalUserPool({
    ...LocalUserPool.idsFor(request.api.name, request.region),
    key: await loadOrCreateSigningKey(request.stateDir),
    declaration: userPoolOf(request.api),
  });
  pool.addUsers(request.users);
  pool.bindOrigin(request.origin);
  const tokens = await pool.tokensFor(request.who, { groups: request.groups, lifetime: request.lifetimeSeconds });
  return request.tokenUse === 'access' ? tokens.accessToken : tokens.idToken;
}
