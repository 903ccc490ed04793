import type { Problem } from './validation.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A page size between 1 and the cap; absent means the default. */
export function pageSize(problems: Problem[], limit: number | null | undefined): number {
  if (limit === undefined || limit === null) return DEFAULT_PAGE_SIZE;
  if (limit < 1 || limit > MAX_PAGE_SIZE) problems.push({ field: 'limit', message: `must be between 1 and ${MAX_PAGE_SIZE}` });
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
