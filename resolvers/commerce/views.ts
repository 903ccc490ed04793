import { util, type Context } from '@aws-appsync/utils';
import { isAdmin, signedInUser } from '../shared/auth.ts';
import type { Money } from '../shared/money.ts';
import { sumOf } from './rules.ts';

type StoredLine = { brandOwnerId: string; total: Money } & Record<string, unknown>;

export type StoredOrder = {
  id: string;
  buyerId: string;
  creatorId: string;
  brandOwnerIds: string[];
  currency: string;
  lines: StoredLine[];
  total: Money;
  commission: Money;
} & Record<string, unknown>;

/** Who looks at an order: a user of the pool, or a backend principal (IAM) that sees everything. */
interface Viewer {
  sub: string;
  admin: boolean;
  backend: boolean;
}

export function viewerOf(ctx: Context): Viewer {
  if (util.authType() === 'IAM Authorization') return { sub: '', admin: false, backend: true };
  const user = signedInUser(ctx);
  return { sub: user.sub, admin: isAdmin(user), backend: false };
}

export function maySee(order: StoredOrder, viewer: Viewer): boolean {
  return (
    viewer.backend ||
    viewer.admin ||
    viewer.sub === order.buyerId ||
    viewer.sub === order.creatorId ||
    order.brandOwnerIds.indexOf(viewer.sub) >= 0
  );
}

/**
 * The order as this viewer may see it: the commission only for its creator, admins and the
 * backend; a brand that is neither buyer nor creator sees only its own lines and their total.
 */
export function orderView(order: StoredOrder, viewer: Viewer) {
  if (viewer.backend || viewer.admin || viewer.sub === order.creatorId) return order;
  if (viewer.sub === order.buyerId) return { ...order, commission: null };
  const lines = order.lines.filter((line) => line.brandOwnerId === viewer.sub);
  return { ...order, lines, total: { amount: sumOf(lines.map((l) => l.total.amount)), currency: order.currency }, commission: null };
}
