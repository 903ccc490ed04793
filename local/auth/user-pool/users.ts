import { createHash } from 'node:crypto';

/** The user pool's groups (infra/constructs/user-pool.ts creates the same ones in AWS). */
export const USER_POOL_GROUPS = ['shoppers', 'creators', 'brands', 'admins'] as const;

export interface UserSpec {
  username: string;
  password: string;
  email?: string;
  groups?: string[];
  /** A fixed `sub` (demo data seeded for this user names it); derived from the username if absent. */
  sub?: string;
}

/**
 * A user's `sub`, the same on every start and in every token for that username, so data seeded or
 * written under one run still belongs to them in the next.
 */
export function stableSub(poolId: string, username: string): string {
  const h = createHash('sha256').update(`${poolId}/${username}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
