import { describe, expect, it } from 'vitest';
import { jsonEqual, matchesArguments, matchesFilter } from '../../local/realtime/filters.ts';

const only = (fieldName: string, operator: string, value: unknown) => ({ filterGroup: [{ filters: [{ fieldName, operator, value }] }] });

describe('Argument filters', () => {
  it('need every given argument to equal the field of that name', () => {
    expect(matchesArguments({ streamId: 's', kind: 'pin' }, { streamId: 's', kind: 'pin', seq: 1 })).toBe(true);
    expect(matchesArguments({ streamId: 's', kind: 'pin' }, { streamId: 's', kind: 'comment' })).toBe(false);
  });

  it('filter nothing when no argument is given', () => {
    expect(matchesArguments({}, { anything: 1 })).toBe(true);
  });

  it('take an absent field for null', () => {
    expect(matchesArguments({ kind: null }, { streamId: 's' })).toBe(true);
    expect(matchesArguments({ kind: 'pin' }, { streamId: 's' })).toBe(false);
  });

  it('compare lists and objects by value', () => {
    expect(matchesArguments({ tags: ['a', 'b'], author: { name: 'x' } }, { tags: ['a', 'b'], author: { name: 'x' } })).toBe(true);
    expect(matchesArguments({ tags: ['a', 'b'] }, { tags: ['b', 'a'] })).toBe(false);
  });

  it('see no field on a payload that is not an object', () => {
    expect(matchesArguments({ id: '1' }, '1')).toBe(false);
    expect(matchesArguments({}, '1')).toBe(true);
  });
});

describe('Enhanced filters', () => {
  it.each([
    ['eq', 'x', 'x', 'y'],
    ['ne', 'x', 'y', 'x'],
    ['lt', 5, 4, 5],
    ['le', 5, 5, 6],
    ['gt', 5, 6, 5],
    ['ge', 5, 5, 4],
    ['lt', 'm', 'a', 'z'],
    ['contains', 'ale', 'sale', 'nothing'],
    ['contains', 'b', ['a', 'b'], ['a']],
    ['notContains', 'b', ['a'], ['a', 'b']],
    ['beginsWith', 'pin:', 'pin:1', 'unpin:1'],
    ['in', ['a', 'b'], 'b', 'c'],
    ['notIn', ['a', 'b'], 'c', 'a'],
    ['between', [3, 5], 5, 6],
    ['between', ['b', 'd'], 'c', 'e'],
    ['containsAny', ['x', 'y'], ['a', 'y'], ['a', 'b']],
    ['containsAny', ['sale', 'deal'], 'big deal', 'nothing'],
  ])('%s %j lets %j through and stops %j', (operator, value, through, stopped) => {
    expect(matchesFilter(only('f', operator, value), { f: through })).toBe(true);
    expect(matchesFilter(only('f', operator, value), { f: stopped })).toBe(false);
  });

  it('compare only numbers with numbers and strings with strings', () => {
    expect(matchesFilter(only('f', 'gt', 5), { f: '6' })).toBe(false);
    expect(matchesFilter(only('f', 'lt', 'b'), { f: 1 })).toBe(false);
    expect(matchesFilter(only('f', 'between', [1, 3]), { f: '2' })).toBe(false);
  });

  it('see an absent field as null: eq null and ne matches it, comparisons do not', () => {
    expect(matchesFilter(only('f', 'eq', null), {})).toBe(true);
    expect(matchesFilter(only('f', 'ne', 'x'), {})).toBe(true);
    expect(matchesFilter(only('f', 'ge', 0), {})).toBe(false);
    expect(matchesFilter(only('f', 'contains', 'x'), {})).toBe(false);
  });

  it('read nested fields through dots', () => {
    expect(matchesFilter(only('a.b.c', 'eq', 1), { a: { b: { c: 1 } } })).toBe(true);
    expect(matchesFilter(only('a.b.c', 'eq', 1), { a: { b: 1 } })).toBe(false);
  });

  it('OR their groups and AND the filters of a group', () => {
    const filter = {
      filterGroup: [
        {
          filters: [
            { fieldName: 'a', operator: 'eq', value: 1 },
            { fieldName: 'b', operator: 'eq', value: 2 },
          ],
        },
        { filters: [{ fieldName: 'c', operator: 'eq', value: 3 }] },
      ],
    };

    expect(matchesFilter(filter, { a: 1, b: 2 })).toBe(true);
    expect(matchesFilter(filter, { a: 1, b: 0 })).toBe(false);
    expect(matchesFilter(filter, { c: 3 })).toBe(true);
  });

  it('let everything through when they have no group, and nothing through an unknown operator', () => {
    expect(matchesFilter({ filterGroup: [] }, { a: 1 })).toBe(true);
    expect(matchesFilter(only('a', 'like', 1), { a: 1 })).toBe(false);
  });
});

describe('JSON equality', () => {
  it('ignores key order and absent keys', () => {
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
