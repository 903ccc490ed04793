/**
 * The demo users: the one list of who can sign in to a local runtime's user pool, unless a test
 * gives its own. `npm start` seeds data owned by them, and `npm run token` signs for them.
 */
import { createHash } from 'node:crypto';

export interface DemoUser {
  username: string;
  password: string;
  /** The pool's sign-in alias. */
  email: string;
  groups: string[];
  /** The Cognito `sub`: stable per username, so seeded data belongs to the same user on every start. */
  sub: string;
}

/** Meets the deployed pool's password policy, so the same sign-in works against a real pool. */
export const DEMO_PASSWORD = 'Videoshops-demo-1';

/** A UUID-shaped id derived from the username, the form Cognito gives `sub`. */
export function demoSub(username: string): string {
  const h = createHash('sha256').update(`videoshops-demo-user/${username}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const user = (username: string, groups: string[]): DemoUser => ({
  username,
  password: DEMO_PASSWORD,
  email: `${username}@example.com`,
  groups,
  sub: demoSub(username),
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
