/**
 * `util.transform.toSubscriptionFilter`: turns a filter object into AppSync's
 * `{ filterGroup: [{ filters: [...] }] }`, where filters of a group are ANDed and groups ORed.
 * As recorded from AppSync: every operator of a field, every member of an `or` and every rule is an
 * alternative, so groups multiply out; `and` members all join each group; operators are passed
 * through unchecked (`not` is just a field name here); input that is not an object gives null.
 */

export interface SubscriptionFilterEntry {
  fieldName: string;
  operator: string;
  value: unknown;
}
export interface SubscriptionFilterGroup {
  filters: SubscriptionFilterEntry[];
}
export interface SubscriptionFilter {
  filterGroup: SubscriptionFilterGroup[];
}

type Alternatives = SubscriptionFilterEntry[][];

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every combination of one alternative from the left and one from the right. */
function product(left: Alternatives, right: Alternatives): Alternatives {
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}

function fieldAlternatives(fieldName: string, operators: unknown): Alternatives {
  if (!isMap(operators)) return [];
  return Object.entries(operators).map(([operator, value]) => [{ fieldName, operator, value }]);
}

function alternativesOf(filter: Record<string, unknown>, ignored: ReadonlySet<string>): Alternatives {
  let result: Alternatives = [[]];
  for (const [key, value] of Object.entries(filter)) {
    const members = (Array.isArray(value) ? value : [value]).filter(isMap);
    let next: Alternatives;
    if (key === 'and') {
      next = members.reduce<Alternatives>((acc, member) => product(acc, alternativesOf(member, ignored)), [[]]);
    } else if (key === 'or') {
      next = members.flatMap((member) => alternativesOf(member, ignored));
    } else {
      if (ignored.has(key)) continue;
      next = fieldAlternatives(key, value);
      // A field without operators constrains nothing.
      if (next.length === 0) continue;
    }
    result = product(result, next);
  }
  return result;
}

export function toSubscriptionFilter(obj: unknown, ignoredFields?: unknown, rules?: unknown): SubscriptionFilter | null {
  if (!isMap(obj)) return null;
  const ignored = new Set(Array.isArray(ignoredFields) ? ignoredFields.map(String) : []);
  let groups = alternativesOf(obj, ignored);
  if (isMap(rules)) {
    const ruleAlternatives = Object.entries(rules).flatMap(([field, operators]) => fieldAlternatives(field, operators));
    if (ruleAlternatives.length > 0) groups = product(groups, ruleAlternatives);
  }
  return { filterGroup: groups.filter((filters) => filters.length > 0).map((filters) => ({ filters })) };
}

export const SUBSCRIPTION_FILTER_LIMITS = {
  groups: 10,
  filtersPerGroup: 5,
  inValues: 5,
  containsAnyValues: 20,
  fieldNameLength: 256,
  fieldDepth: 5,
} as const;

/**
 * Why AppSync would refuse this filter when a subscription registers it, or null. AppSync checks the
 * limits there, not in toSubscriptionFilter: the subscription fails to start with this message.
 */
export function subscriptionFilterViolation(filter: unknown): string | null {
  const limits = SUBSCRIPTION_FILTER_LIMITS;
  if (!isMap(filter) || !Array.isArray(filter.filterGroup)) return 'subscription filter is invalid.';
  if (filter.filterGroup.length > limits.groups) {
    return `Filters exceed maximum filter groups limit ${limits.groups} for subscription.`;
  }
  for (const group of filter.filterGroup) {
    const filters = isMap(group) && Array.isArray(group.filters) ? group.filters : undefined;
    if (!filters) return 'subscription filter is invalid.';
    if (filters.length > limits.filtersPerGroup) {
      return `Filters exceed maximum attributes limit ${limits.filtersPerGroup} for subscription.`;
    }
    for (const entry of filters) {
      if (!isMap(entry) || typeof entry.fieldName !== 'string') return 'subscription filter is invalid.';
      const { fieldName, operator, value } = entry;
      if (fieldName.length > limits.fieldNameLength || fieldName.split('.').length > limits.fieldDepth) {
        return `subscription filter has invalid field name \`${fieldName}\`.`;
      }
      if (operator === 'in' || operator === 'notIn') {
        if (!Array.isArray(value) || value.length === 0)
          return `subscription filter has invalid filter value for operator \`${operator}\`.`;
        if (value.length > limits.inValues)
          return `subscription exceeds maximum value limit ${limits.inValues} for operator \`${operator}\`.`;
      }
      if (operator === 'containsAny') {
        if (!Array.isArray(value) || value.length === 0) return 'subscription filter has invalid filter value for operator `containsAny`.';
        if (value.length > limits.containsAnyValues) {
          return `subscription exceeds maximum value limit ${limits.containsAnyValues} for operator \`containsAny\`.`;
        }
      }
      if (operator === 'between' && (!Array.isArray(value) || value.length !== 2)) {
        return 'subscription filter has invalid filter value for operator `between`.';
      }
    }
  }
  return null;
}
