import { describe, expect, it } from 'vitest';
import { evaluate, run } from './run-in-sandbox.ts';
import { newScope } from '../../../local/appsync-js/scope.ts';
import { subscriptionFilterViolation } from '../../../local/appsync-js/util/subscription-filter.ts';

// Expected groups were recorded from AppSync (localstack/appsync-utils
// __tests__/__snapshots__/transform-subscription.test.js.snap).
const toFilter = (...args: string[]) => evaluate(`util.transform.toSubscriptionFilter(${args.join(', ')})`);
const f = (fieldName: string, operator: string, value: unknown) => ({ fieldName, operator, value });
const groups = (...filterGroups: ReturnType<typeof f>[][]) => ({ filterGroup: filterGroups.map((filters) => ({ filters })) });

describe('util.transform.toSubscriptionFilter', () => {
  it.each([
    ['one operator on one field', '{ a: { eq: 1 } }', groups([f('a', 'eq', 1)])],
    ['two fields combined', '{ a: { eq: 1 }, b: { eq: 2 } }', groups([f('a', 'eq', 1), f('b', 'eq', 2)])],
    ['an and combining its members', '{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }', groups([f('a', 'eq', 1), f('b', 'eq', 2)])],
    ['a field beside an and', '{ z: { eq: 0 }, and: [{ a: { eq: 1 } }] }', groups([f('z', 'eq', 0), f('a', 'eq', 1)])],
    ['a field path kept as written', '{ "loc.addr.country": { eq: "USA" } }', groups([f('loc.addr.country', 'eq', 'USA')])],
  ])('builds a single group from %s', (_, source, expected) => {
    expect(toFilter(source)).toEqual(expected);
  });

  it.each([
    ['two operators on one field', '{ a: { eq: 1, ne: 2 } }', groups([f('a', 'eq', 1)], [f('a', 'ne', 2)])],
    ['an or, one group per member', '{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }', groups([f('a', 'eq', 1)], [f('b', 'eq', 2)])],
    [
      'an or nested in an and',
      '{ and: [{ a: { eq: 1 } }, { or: [{ b: { eq: 2 } }, { c: { eq: 3 } }] }] }',
      groups([f('a', 'eq', 1), f('b', 'eq', 2)], [f('a', 'eq', 1), f('c', 'eq', 3)]),
    ],
  ])('multiplies the groups out for %s', (_, source, expected) => {
    expect(toFilter(source)).toEqual(expected);
  });

  it('multiplies operators, and-members and or-members together in the order written', () => {
    // Act
    const result = toFilter(
      `{ percentageUp: { lte: 50, gte: 20 }, and: [{ title: { ne: "Book1" } }, { downvotes: { gt: 2000 } }], or: [{ author: { eq: "Admin" } }, { isPublished: { eq: false } }] }`,
    );
    // Assess
    const shared = [f('title', 'ne', 'Book1'), f('downvotes', 'gt', 2000)];
    expect(result).toEqual(
      groups(
        [f('percentageUp', 'lte', 50), ...shared, f('author', 'eq', 'Admin')],
        [f('percentageUp', 'lte', 50), ...shared, f('isPublished', 'eq', false)],
        [f('percentageUp', 'gte', 20), ...shared, f('author', 'eq', 'Admin')],
        [f('percentageUp', 'gte', 20), ...shared, f('isPublished', 'eq', false)],
      ),
    );
  });

  it.each([
    [
      'the comparisons',
      '{ a: { le: 1 }, b: { lt: 2 }, c: { ge: 3 }, d: { gt: 4 } }',
      groups([f('a', 'le', 1), f('b', 'lt', 2), f('c', 'ge', 3), f('d', 'gt', 4)]),
    ],
    ['membership', '{ a: { in: [1, 2] }, b: { notIn: ["x"] } }', groups([f('a', 'in', [1, 2]), f('b', 'notIn', ['x'])])],
    ['between', '{ a: { between: [1, 9] } }', groups([f('a', 'between', [1, 9])])],
    [
      'the string operators',
      '{ a: { contains: "x" }, b: { notContains: "y" }, c: { beginsWith: "z" } }',
      groups([f('a', 'contains', 'x'), f('b', 'notContains', 'y'), f('c', 'beginsWith', 'z')]),
    ],
    ['containsAny', '{ a: { containsAny: ["x", "y"] } }', groups([f('a', 'containsAny', ['x', 'y'])])],
    ['a boolean value', '{ a: { eq: false } }', groups([f('a', 'eq', false)])],
    ['an unknown operator', '{ a: { bogus: 1 } }', groups([f('a', 'bogus', 1)])],
    ['not, read as a field name', '{ not: { a: { eq: 1 } } }', groups([f('not', 'a', { eq: 1 })])],
  ])('carries %s through as written', (_, source, expected) => {
    expect(toFilter(source)).toEqual(expected);
  });

  it('drops an ignored field', () => {
    expect(toFilter('{ a: { eq: 1 }, b: { eq: 2 } }', '["a"]')).toEqual(groups([f('b', 'eq', 2)]));
  });

  it('drops an ignored field nested in an and', () => {
    expect(toFilter('{ a: { eq: 1 }, and: [{ b: { eq: 2 } }] }', '["b"]')).toEqual(groups([f('a', 'eq', 1)]));
  });

  it('adds each rule as an alternative to every group', () => {
    expect(toFilter('{ a: { eq: 1 } }', '[]', '{ r1: { gte: 250 }, r2: { eq: "p" } }')).toEqual(
      groups([f('a', 'eq', 1), f('r1', 'gte', 250)], [f('a', 'eq', 1), f('r2', 'eq', 'p')]),
    );
  });

  it('keeps rules on their own when the filter is empty', () => {
    expect(toFilter('{}', '[]', '{ r1: { eq: 1 } }')).toEqual(groups([f('r1', 'eq', 1)]));
  });

  it.each([
    ['an empty filter', '{}'],
    ['a field with no operator', '{ a: {} }'],
    ['an empty and', '{ and: [] }'],
  ])('produces no group for %s', (_, source) => {
    expect(toFilter(source)).toEqual({ filterGroup: [] });
  });

  it.each([
    ['null', 'null'],
    ['no filter at all', ''],
    ['an array', '[]'],
    ['a JSON string', `'{"a":{"eq":1}}'`],
  ])('answers null for %s', (_, source) => {
    expect(toFilter(source)).toBeNull();
  });

  it('feeds extensions.setSubscriptionFilter, which records it for the subscription', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(`extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ group: { eq: ctx.args.group } })); return null;`, {
      ctx: { arguments: { group: 'g1' } },
      scope,
    });
    // Assess
    expect(scope.subscriptionFilter).toEqual(groups([f('group', 'eq', 'g1')]));
  });
});

describe('the limits AppSync enforces when a subscription registers its filter', () => {
  const oneGroup = (...filters: ReturnType<typeof f>[]) => groups(filters);

  it('accepts a filter within every limit', () => {
    expect(subscriptionFilterViolation(oneGroup(f('a', 'in', [1, 2, 3, 4, 5]), f('b', 'containsAny', Array(20).fill('x'))))).toBeNull();
  });

  it('refuses more than five values for in, with the message AppSync sends', () => {
    expect(subscriptionFilterViolation(oneGroup(f('channelId', 'in', [1, 2, 3, 4, 5, 6])))).toBe(
      'subscription exceeds maximum value limit 5 for operator `in`.',
    );
  });

  it('refuses an empty containsAny, with the message AppSync sends', () => {
    expect(subscriptionFilterViolation(oneGroup(f('groups', 'containsAny', [])))).toBe(
      'subscription filter has invalid filter value for operator `containsAny`.',
    );
  });

  it('refuses more than twenty values for containsAny', () => {
    expect(subscriptionFilterViolation(oneGroup(f('groups', 'containsAny', Array(21).fill('g'))))).toMatch(/maximum value limit 20/);
  });

  it('refuses more than five filters in a group', () => {
    const filters = 'abcdef'.split('').map((name) => f(name, 'eq', 1));
    expect(subscriptionFilterViolation(oneGroup(...filters))).toBe('Filters exceed maximum attributes limit 5 for subscription.');
  });

  it('refuses more than ten groups', () => {
    const many = groups(...Array.from({ length: 11 }, (_, i) => [f('a', 'eq', i)]));
    expect(subscriptionFilterViolation(many)).toMatch(/limit 10/);
  });

  it('refuses a field path deeper than five levels or longer than 256 characters', () => {
    expect(subscriptionFilterViolation(oneGroup(f('a.b.c.d.e.f', 'eq', 1)))).toMatch(/field name/);
    expect(subscriptionFilterViolation(oneGroup(f('x'.repeat(257), 'eq', 1)))).toMatch(/field name/);
    expect(subscriptionFilterViolation(oneGroup(f('a.b.c.d.e', 'eq', 1)))).toBeNull();
  });
});
