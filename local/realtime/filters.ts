// Which events reach a subscription. Evaluated against the event's payload: the mutation's result as
// selected by the mutation (aws/aws-appsync-community#89 and #109), keyed by field names.
import type { SubscriptionFilter, SubscriptionFilterEntry } from '../appsync-js/util/subscription-filter.ts';

type Json = unknown;

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** JSON equality; an absent field counts as null. */
export function jsonEqual(a: Json, b: Json): boolean {
  a = a === undefined ? null : a;
  b = b === undefined ? null : b;
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Basic filtering: every argument the subscriber gave equals the payload's field of that name. An
 * omitted argument filters nothing; an explicit null matches only a null (or absent) field
 * (aws-amplify/amplify-cli#3418).
 */
export function matchesArguments(args: Record<string, unknown>, payload: unknown): boolean {
  for (const name in args) if (!jsonEqual(isMap(payload) ? payload[name] : undefined, args[name])) return false;
  return true;
}

/**
 * Enhanced filtering: groups are ORed, the filters of a group ANDed. A filter with no groups
 * constrains nothing (an assumption: AppSync accepts `{filterGroup: []}`). An operator AppSync does
 * not know matches nothing.
 */
export function matchesFilter(filter: SubscriptionFilter, payload: unknown): boolean {
  if (filter.filterGroup.length === 0) return true;
  return filter.filterGroup.some((group) => group.filters.every((entry) => matchesEntry(entry, payload)));
}

/** `a.b.c` reads nested fields (AppSync allows five levels). */
function fieldValue(payload: unknown, fieldName: string): Json {
  let value: Json = payload;
  for (const part of fieldName.split('.')) {
    if (!isMap(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** Numbers compare with numbers, strings with strings; anything else is incomparable. */
function compare(a: Json, b: Json): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

function contains(field: Json, value: Json): boolean {
  if (typeof field === 'string') return typeof value === 'string' && field.includes(value);
  if (Array.isArray(field)) return field.some((item) => jsonEqual(item, value));
  return false;
}

const list = (value: Json): Json[] => (Array.isArray(value) ? value : []);

function matchesEntry({ fieldName, operator, value }: SubscriptionFilterEntry, payload: unknown): boolean {
  const field = fieldValue(payload, fieldName);
  const ordered = (test: (order: number) => boolean) => {
    const order = compare(field, value);
    return order !== undefined && test(order);
  };
  switch (operator) {
    case 'eq':
      return jsonEqual(field, value);
    case 'ne':
      return !jsonEqual(field, value);
    case 'lt':
      return ordered((o) => o < 0);
    case 'le':
      return ordered((o) => o <= 0);
    case 'gt':
      return ordered((o) => o > 0);
    case 'ge':
      return ordered((o) => o >= 0);
    case 'contains':
      return contains(field, value);
    case 'notContains':
      return !contains(field, value);
    case 'beginsWith':
      return typeof field === 'string' && typeof value === 'string' && field.startsWith(value);
    case 'in':
      return list(value).some((v) => jsonEqual(field, v));
    case 'notIn':
      return !list(value).some((v) => jsonEqual(field, v));
    case 'between': {
      const [low, high] = list(value);
      const fromLow = compare(field, low);
      const toHigh = compare(field, high);
      return fromLow !== undefined && toHigh !== undefined && fromLow >= 0 && toHigh <= 0;
    }
    case 'containsAny':
      return list(value).some((v) => contains(field, v));
    default:
      return false;
  }
}
