import { refuseInvalid } from './validation.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * A page size between 1 and the cap, or the request refused as invalid input; absent means the
 * default. `max` lowers the cap for pages whose items cost more than one read each (the shop feed
 * batches products and brands).
 */
export function pageSize(limit: number | null | undefined, max: number = MAX_PAGE_SIZE): number {
  if (limit === undefined || limit === null) return DEFAULT_PAGE_SIZE;
  if (limit < 1 || limit > max) refuseInvalid([{ field: 'limit', message: `must be between 1 and ${max}` }]);
  return limit;
}

interface QueryResult {
  items: unknown[];
  nextToken?: string | null;
}

/** AppSync's page shape: the items, and the opaque token DynamoDB gave back (null on the last page). */
export function toPage(result: QueryResult) {
  return { items: result.items, nextToken: result.nextToken ?? null };
}
