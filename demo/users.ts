/**
 * The demo users: the one list of who can sign in to a local runtime's user pool, unless a test
 * gives its own. They sign in with their e-mail, as users of the deployed pool do (its username
 * attribute is the e-mail; model/declaration.ts). `npm start` seeds data owned by them, and
 * `npm run token` signs for them.
 */
import { createHash } from 'node:crypto';
import { base32Encode } from '../local/auth/user-pool/totp.ts';

export interface DemoUser {
  /** The short name the demo data and `npm run token` use: the e-mail before the `@`. Never shown in the API. */
  name: string;
  password: string;
  /** What they sign in with. */
  email: string;
  groups: string[];
  /** The Cognito `sub`, which is also their Cognito username: stable per name, so seeded data belongs to the same user on every start. */
  sub: string;
  /**
   * Admins' authenticator app secret (base32), already set up and on: the pool requires TOTP of
   * admins (`secondFactorRequiredOf`). Stable per name, so an app that scanned it keeps working.
   */
  totpSecret?: string;
}

/** Meets the deployed pool's password policy, so the same sign-in works against a real pool. */
export const DEMO_PASSWORD = 'Videoshops-demo-1';

/** A UUID-shaped id derived from the short name, the form Cognito gives `sub`. */
export function demoSub(name: string): string {
  const h = createHash('sha256').update(`videoshops-demo-user/${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const user = (name: string, groups: string[]): DemoUser => ({
  name,
  password: DEMO_PASSWORD,
  email: `${name}@example.com`,
  groups,
  sub: demoSub(name),
  ...(groups.includes('admins')
    ? { totpSecret: base32Encode(createHash('sha256').update(`videoshops-demo-totp/${name}`).digest().subarray(0, 20)) }
    : {}),
});

/** One user per role at least, and more creators and brands so ownership can be tried from both sides. */
export const demoUsers: DemoUser[] = [
  user('sam.shopper', ['shoppers']),
  user('cora.creator', ['creators']),
  user('carl.creator', ['creators']),
  user('maya.creator', ['creators']),
  /** A creator who has not onboarded yet: try createCreatorProfile and createShop as her. */
  user('nina.creator', ['creators']),
  user('bea.brand', ['brands']),
  user('bo.brand', ['brands']),
  user('ada.admin', ['admins']),
];
