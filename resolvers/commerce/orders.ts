import { money } from '../shared/money.ts';
import { brandPartIndexKeys, brandPartKey, orderIndexKeys, orderKey } from './keys.ts';
import { sumOf, type Line } from './rules.ts';

/**
 * The order item and its brand parts as the Commerce table holds them. Both writers build them
 * here: createOrder (the backend mutation) and the checkout Lambda function (lambdas/checkout.ts),
 * so an order reads the same whoever placed it. Pure: ids and times come from the caller.
 */
export interface NewOrder {
  id: string;
  buyerId: string;
  shopId: string;
  creatorId: string;
  lines: Line[];
  now: string;
  /** Checkout's extras (shipping address, execution name, payment reference); absent for createOrder. */
  extra?: Record<string, unknown>;
}

const distinct = (values: string[]) => values.filter((value, i) => values.indexOf(value) === i);

export const brandIdsOf = (lines: Line[]) => distinct(lines.map((line) => line.brandId));

export function orderItem({ id, buyerId, shopId, creatorId, lines, now, extra }: NewOrder) {
  const currency = lines[0]!.unitPrice.currency;
  return {
    ...orderKey(id),
    ...orderIndexKeys({ id, buyerId, shopId, createdAt: now }),
    ...extra,
    id,
    buyerId,
    shopId,
    creatorId,
    status: 'PENDING',
    currency,
    lines,
    total: money(sumOf(lines.map((line) => line.total.amount)), currency),
    commission: money(sumOf(lines.map((line) => line.commission)), currency),
    brandIds: brandIdsOf(lines),
    brandOwnerIds: distinct(lines.map((line) => line.brandOwnerId)),
    returnWindowDays: lines.reduce((longest, line) => (line.returnWindowDays > longest ? line.returnWindowDays : longest), 0),
    history: [{ status: 'PENDING', at: now }],
    createdAt: now,
    updatedAt: now,
  };
}

export type OrderItem = ReturnType<typeof orderItem>;

/** The part of an order one brand fulfils: its lines, their total, and the order's state. */
export function brandPart(
  order: { id: string; buyerId: string; shopId: string; currency: string; createdAt: string },
  brandId: string,
  all: Line[],
) {
  const lines = all.filter((line) => line.brandId === brandId);
  return {
    ...brandPartKey(order.id, brandId),
    ...brandPartIndexKeys(brandId, order.id, order.createdAt),
    orderId: order.id,
    brandId,
    brandOwnerId: lines[0]!.brandOwnerId,
    buyerId: order.buyerId,
    shopId: order.shopId,
    status: 'PENDING',
    lines,
    total: money(sumOf(lines.map((line) => line.total.amount)), order.currency),
    createdAt: order.createdAt,
    updatedAt: order.createdAt,
  };
}

/** Every item of a new order: the order, then one part per brand. */
export function newOrderItems(order: NewOrder) {
  const item = orderItem(order);
  return { order: item, parts: item.brandIds.map((brandId) => brandPart(item, brandId, order.lines)) };
}
