import { denials } from './denials.ts';
import type { Authenticator } from '../http/authentication.ts';

export interface ApiKey {
  id: string;
  /** Epoch seconds after which AppSync refuses the key. */
  expires: number;
}

/** API key authorization: `x-api-key` must name a known, unexpired key; `ctx.identity` is null. */
export function apiKeyAuthenticator(keys: ApiKey[], now: () => number = () => Date.now() / 1000): Authenticator {
  return {
    async authenticate({ headers }) {
      const given = headers['x-api-key'];
      if (!given) throw denials.noCredentials();
      const key = keys.find((k) => k.id === given);
      if (!key || key.expires <= now()) throw denials.invalidApiKey();
      return { authMode: 'API_KEY', identity: null };
    },
  };
}
