import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

// Every expected value below was recorded from AppSync's EvaluateCode (localstack/appsync-utils
// __tests__/__snapshots__/transform.test.js.snap). AppSync does not order expressionNames and
// expressionValues, so those are compared as maps; the expression string is compared verbatim.
const filter = (source: string) => JSON.parse(evaluate(`util.transform.toDynamoDBFilterExpression(${source})`) as string);
const condition = (source: string) => JSON.parse(evaluate(`util.transform.toDynamoDBConditionExpression(${source})`) as string);

const S = (s: string) => ({ S: s });
const N = (n: number) => ({ N: n });

describe('util.transform.toDynamoDBFilterExpression', () => {
  it('returns compact JSON text, not an object', () => {
    // Act
    const result = evaluate(`util.transform.toDynamoDBFilterExpression({ content: { contains: "foo" } })`);
    // Assess
    expect(result).toBe(
      '{"expression":"(contains(#content,:content_contains))","expressionNames":{"#content":"content"},"expressionValues":{":content_contains":{"S":"foo"}}}',
    );
  });

  it.each([
    ['eq', '(#v = :v_eq)'],
    ['ne', '(#v <> :v_ne)'],
    ['lt', '(#v < :v_lt)'],
    ['le', '(#v <= :v_le)'],
    ['gt', '(#v > :v_gt)'],
    ['ge', '(#v >= :v_ge)'],
  ])('renders the comparison %s as %s', (op, expression) => {
    expect(filter(`{ v: { ${op}: "x" } }`)).toEqual({
      expression,
      expressionNames: { '#v': 'v' },
      expressionValues: { [`:v_${op}`]: S('x') },
    });
  });

  it.each([
    ['a number, as a JSON number', '10', N(10)],
    ['a fractional number', '1.5', N(1.5)],
    ['a boolean', 'true', { BOOL: true }],
    ['null', 'null', { NULL: null }],
    ['an object', '{ a: 1 }', { M: { a: N(1) } }],
    ['a list', '[1, 2]', { L: [N(1), N(2)] }],
  ])('types an operand that is %s', (_, source, value) => {
    expect(filter(`{ v: { eq: ${source} } }`).expressionValues).toEqual({ ':v_eq': value });
  });

  it.each([
    ['contains', '(contains(#v,:v_contains))'],
    ['notContains', '(NOT contains(#v,:v_notContains))'],
    ['beginsWith', '(begins_with(#v,:v_beginsWith))'],
  ])('renders the function %s with no space after the comma', (op, expression) => {
    expect(filter(`{ v: { ${op}: "x" } }`)).toEqual({
      expression,
      expressionNames: { '#v': 'v' },
      expressionValues: { [`:v_${op}`]: S('x') },
    });
  });

  it('names the bounds of between start and end and ignores a third bound', () => {
    expect(filter(`{ v: { between: ["1", "9", "3"] } }`)).toEqual({
      expression: '(#v BETWEEN :v_between_start AND :v_between_end)',
      expressionNames: { '#v': 'v' },
      expressionValues: { ':v_between_start': S('1'), ':v_between_end': S('9') },
    });
    expect(filter(`{ v: { between: [1, 9] } }`).expressionValues).toEqual({ ':v_between_start': N(1), ':v_between_end': N(9) });
  });

  it('separates the values of in with a comma and a space', () => {
    expect(filter(`{ v: { in: ["a", "b"] } }`)).toEqual({
      expression: '(#v IN (:v_in_0, :v_in_1))',
      expressionNames: { '#v': 'v' },
      expressionValues: { ':v_in_0': S('a'), ':v_in_1': S('b') },
    });
    expect(filter(`{ v: { in: ["a"] } }`).expression).toBe('(#v IN (:v_in_0))');
  });

  it('asks whether an attribute exists or does not, binding no value', () => {
    expect(filter(`{ v: { attributeExists: true } }`)).toEqual({
      expression: '(attribute_exists(#v))',
      expressionNames: { '#v': 'v' },
      expressionValues: {},
    });
    expect(filter(`{ v: { attributeExists: false } }`).expression).toBe('(attribute_not_exists(#v))');
  });

  it('turns every friendly attribute type name into its DynamoDB type code', () => {
    // Act
    const result = filter(`{ a: { attributeType: "_null" }, b: { attributeType: "string" }, c: { attributeType: "stringSet" },
      d: { attributeType: "number" }, e: { attributeType: "numberSet" }, f: { attributeType: "binary" }, g: { attributeType: "binarySet" },
      h: { attributeType: "boolean" }, i: { attributeType: "list" }, j: { attributeType: "map" } }`);
    // Assess
    const fields = 'abcdefghij'.split('');
    expect(result.expression).toBe(fields.map((f) => `(attribute_type(#${f},:${f}_attributeType))`).join(' AND '));
    const codes = ['NULL', 'S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'L', 'M'];
    expect(result.expressionValues).toEqual(Object.fromEntries(fields.map((f, i) => [`:${f}_attributeType`, S(codes[i])])));
  });

  it.each([
    ['compares the size of the attribute', '{ v: { size: { gt: 2 } } }', '(size(#v) > :v_size_gt)', { ':v_size_gt': N(2) }],
    [
      'combines size with a range',
      '{ v: { size: { between: [1, 3] } } }',
      '(size(#v) BETWEEN :v_size_between_start AND :v_size_between_end)',
      { ':v_size_between_start': N(1), ':v_size_between_end': N(3) },
    ],
    [
      'combines size with a function',
      '{ v: { size: { contains: "x" } } }',
      '(contains(size(#v),:v_size_contains))',
      { ':v_size_contains': S('x') },
    ],
    ['combines size with attributeExists', '{ v: { size: { attributeExists: true } } }', '(attribute_exists(size(#v)))', {}],
    [
      'wraps two comparisons on one size',
      '{ v: { size: { gt: 2, lt: 5 } } }',
      '((size(#v) > :v_size_gt) AND (size(#v) < :v_size_lt))',
      { ':v_size_gt': N(2), ':v_size_lt': N(5) },
    ],
    [
      'names a nested size again without nesting the call',
      '{ v: { size: { size: { gt: 1 } } } }',
      '(size(#v) > :v_size_size_gt)',
      { ':v_size_size_gt': N(1) },
    ],
  ])('%s', (_, source, expression, expressionValues) => {
    expect(filter(source)).toEqual({ expression, expressionNames: { '#v': 'v' }, expressionValues });
  });

  it.each([
    ['joins two fields at the top level without wrapping them', '{ a: { eq: 1 }, b: { eq: 2 } }', '(#a = :a_eq) AND (#b = :b_eq)'],
    ['wraps a field carrying two operators', '{ v: { ge: 1, le: 5 } }', '((#v >= :v_ge) AND (#v <= :v_le))'],
    ['does not wrap an and of one member', '{ and: [{ a: { eq: 1 } }] }', '(#a = :and_0_a_eq)'],
    ['wraps an and of two members', '{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }', '((#a = :and_0_a_eq) AND (#b = :and_1_b_eq))'],
    ['wraps an or of two members', '{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }', '((#a = :or_0_a_eq) OR (#b = :or_1_b_eq))'],
    ['negates a single comparison', '{ not: { a: { eq: 1 } } }', '(NOT (#a = :not_a_eq))'],
    [
      'negates a group',
      '{ not: { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] } }',
      '(NOT ((#a = :not_and_0_a_eq) AND (#b = :not_and_1_b_eq)))',
    ],
    ['negates a negation', '{ not: { not: { a: { eq: 1 } } } }', '(NOT (NOT (#a = :not_not_a_eq)))'],
    [
      'puts a not inside an and',
      '{ and: [{ not: { a: { eq: 1 } } }, { b: { eq: 2 } }] }',
      '((NOT (#a = :and_0_not_a_eq)) AND (#b = :and_1_b_eq))',
    ],
    [
      'puts an and inside an or',
      '{ or: [{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] }',
      '(((#a = :or_0_and_0_a_eq) AND (#b = :or_0_and_1_b_eq)) OR (#c = :or_1_c_eq))',
    ],
    [
      'puts an or inside an and',
      '{ and: [{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] }',
      '(((#a = :and_0_or_0_a_eq) OR (#b = :and_0_or_1_b_eq)) AND (#c = :and_1_c_eq))',
    ],
    ['carries every level of nesting in value names', '{ and: [{ or: [{ and: [{ a: { eq: 1 } }] }] }] }', '(#a = :and_0_or_0_and_0_a_eq)'],
    ['joins a field beside a group', '{ a: { eq: 1 }, and: [{ b: { eq: 2 } }] }', '(#a = :a_eq) AND (#b = :and_0_b_eq)'],
    ['uses a field name verbatim, dots included', '{ "a.b": { eq: 1 } }', '(#a.b = :a.b_eq)'],
  ])('groups: %s', (_, source, expression) => {
    expect(filter(source).expression).toBe(expression);
  });

  it('binds every value under its nested name', () => {
    expect(filter('{ or: [{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] }')).toEqual({
      expression: '(((#a = :or_0_and_0_a_eq) AND (#b = :or_0_and_1_b_eq)) OR (#c = :or_1_c_eq))',
      expressionNames: { '#a': 'a', '#b': 'b', '#c': 'c' },
      expressionValues: { ':or_0_and_0_a_eq': N(1), ':or_0_and_1_b_eq': N(2), ':or_1_c_eq': N(3) },
    });
  });

  it.each([
    ['an empty filter', '{}', '', {}, {}],
    ['an empty group', '{ and: [] }', '', {}, {}],
    ['a field without operators, keeping its name', '{ v: {} }', '', { '#v': 'v' }, {}],
    ['a size without operators, keeping its field name', '{ v: { size: {} } }', '', { '#v': 'v' }, {}],
    ['a not of an empty filter', '{ not: {} }', '(NOT )', {}, {}],
    ['an empty list of values', '{ v: { in: [] } }', '(null)', { '#v': 'v' }, {}],
    [
      'an empty field beside a comparison, leaving a dangling joiner',
      '{ a: { eq: 1 }, b: {} }',
      '(#a = :a_eq) AND ',
      { '#a': 'a', '#b': 'b' },
      { ':a_eq': N(1) },
    ],
    [
      'an empty member of a group, leaving a dangling joiner',
      '{ and: [{ a: { eq: 1 } }, {}] }',
      '((#a = :and_0_a_eq) AND )',
      { '#a': 'a' },
      { ':and_0_a_eq': N(1) },
    ],
  ])('renders as AppSync does %s', (_, source, expression, expressionNames, expressionValues) => {
    expect(filter(source)).toEqual({ expression, expressionNames, expressionValues });
  });

  it.each([
    ['no filter at all', ''],
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"string"'],
    ['an unknown operator', '{ v: { foo: 1 } }'],
    ['a field holding a value instead of operators', '{ v: "x" }'],
    ['a field nested in a field', '{ a: { b: { eq: 1 } } }'],
    ['an and given a map instead of a list', '{ and: { a: { eq: 1 } } }'],
    ['an and given null', '{ and: null }'],
    ['a group holding a null member', '{ and: [{ a: { eq: 1 } }, null] }'],
    ['a not given a list', '{ not: [{ a: { eq: 1 } }] }'],
    ['a range with a single bound', '{ v: { between: [1] } }'],
    ['a range that is not a list', '{ v: { between: "x" } }'],
    ['a list of values that is not a list', '{ v: { in: "x" } }'],
    ['attributeExists given something other than a boolean', '{ v: { attributeExists: "yes" } }'],
    ['attributeType given a type code instead of a type name', '{ v: { attributeType: "S" } }'],
    ['attributeType given an unknown name', '{ v: { attributeType: "bogus" } }'],
    ['size given a value instead of operators', '{ v: { size: 3 } }'],
  ])('answers null for %s', (_, source) => {
    expect(evaluate(`util.transform.toDynamoDBFilterExpression(${source})`)).toBeNull();
  });
});

describe('util.transform.toDynamoDBConditionExpression', () => {
  it.each([
    ['a comparison', '{ content: { eq: "x" } }'],
    ['a group of two members', '{ and: [{ content: { eq: "x" } }, { version: { attributeExists: true } }] }'],
    ['a negated range', '{ not: { id: { between: ["1", "9"] } } }'],
  ])('renders %s exactly as the filter does', (_, source) => {
    expect(evaluate(`util.transform.toDynamoDBConditionExpression(${source})`)).toBe(
      evaluate(`util.transform.toDynamoDBFilterExpression(${source})`),
    );
  });

  it('renders the condition guarding an Amplify create', () => {
    expect(evaluate(`util.transform.toDynamoDBConditionExpression({ and: [{ id: { attributeExists: false } }] })`)).toBe(
      '{"expression":"(attribute_not_exists(#id))","expressionNames":{"#id":"id"},"expressionValues":{}}',
    );
  });

  it('renders the condition guarding an Amplify update', () => {
    expect(condition('{ and: [{ id: { attributeExists: true } }, { _version: { eq: 1 } }] }')).toEqual({
      expression: '((attribute_exists(#id)) AND (#_version = :and_1__version_eq))',
      expressionNames: { '#id': 'id', '#_version': '_version' },
      expressionValues: { ':and_1__version_eq': N(1) },
    });
  });

  it('renders an Amplify list filter combining a prefix and a range', () => {
    expect(condition('{ or: [{ content: { beginsWith: "a" } }, { id: { between: ["1", "9"] } }] }')).toEqual({
      expression: '((begins_with(#content,:or_0_content_beginsWith)) OR (#id BETWEEN :or_1_id_between_start AND :or_1_id_between_end))',
      expressionNames: { '#content': 'content', '#id': 'id' },
      expressionValues: { ':or_0_content_beginsWith': S('a'), ':or_1_id_between_start': S('1'), ':or_1_id_between_end': S('9') },
    });
  });
});
