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

/** Meets the deployed pool's password policy, so the same flows work against a real pool. */
export const DEMO_PASSWORD = 'Videoshops-demo-1';

/** One user per role, and a second creator so ownership can be tried from both sides. */
export const DEMO_USERS: readonly UserSpec[] = [
  { username: 'sam.shopper', email: 'sam.shopper@example.com', password: DEMO_PASSWORD, groups: ['shoppers'] },
  { username: 'cora.creator', email: 'cora.creator@example.com', password: DEMO_PASSWORD, groups: ['creators'] },
  { username: 'carl.creator', email: 'carl.creator@example.com', password: DEMO_PASSWORD, groups: ['creators'] },
  { username: 'bea.brand', email: 'bea.brand@example.com', password: DEMO_PASSWORD, groups: ['brands'] },
  { username: 'ada.admin', email: 'ada.admin@example.com', password: DEMO_PASSWORD, groups: ['admins'] },
];

/**
 * A user's `sub`, the same on every start and in every token for that username, so data seeded or
 * written under one run still belongs to them in the next.
 */
export function stableSub(poolId: string, username: string): string {
  const h = createHash('sha256').update(`${poolId}/${username}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
