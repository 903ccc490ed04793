import { createHash } from 'node:crypto';

/** A user the pool starts with. The pool's username attribute is the e-mail: that is what they sign in with. */
export interface UserSpec {
  email: string;
  password: string;
  groups?: string[];
  /** A fixed `sub` (demo data seeded for this user names it); derived from the e-mail if absent. */
  sub?: string;
  /** An authenticator app already set up and on (base32 secret): the user is asked for its code at sign-in. */
  totpSecret?: string;
}

/**
 * A user's `sub`, the same on every start and in every token for that e-mail, so data seeded or
 * written under one run still belongs to them in the next.
 */
export function stableSub(poolId: string, email: string): string {
  const h = createHash('sha256').update(`${poolId}/${email}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
