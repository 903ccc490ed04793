import { toAttributeValue, type AttributeValue } from './dynamodb.ts';

/**
 * Renders a DynamoDB filter object (`{ title: { contains: 'x' }, and: [...], not: {...} }`) the
 * way AppSync's `util.transform` does, byte for byte with its recorded output:
 * - each condition is parenthesised; the conditions of one field, and the members of an `and`/`or`
 *   with more than one member, are joined and parenthesised again; the top level is joined bare;
 * - `#field` names the field verbatim; `:<path>field_<op>` names the value, where the path records
 *   every enclosing `and_<i>_`, `or_<i>_` and `not_`;
 * - an empty member still takes part in the join (AppSync leaves the dangling joiner in place).
 * Input AppSync cannot render gives `null` rather than an error.
 */

export interface DynamoDBExpression {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues: Record<string, AttributeValue>;
}

const COMPARISONS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FUNCTIONS: Record<string, string> = { contains: 'contains', notContains: 'NOT contains', beginsWith: 'begins_with' };
const ATTRIBUTE_TYPES: Record<string, string> = {
  _null: 'NULL',
  string: 'S',
  stringSet: 'SS',
  number: 'N',
  numberSet: 'NS',
  binary: 'B',
  binarySet: 'BS',
  boolean: 'BOOL',
  list: 'L',
  map: 'M',
};

class Unrenderable extends Error {}

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function group(parts: string[], joiner: 'AND' | 'OR'): string {
  if (parts.length === 0) return '';
  if (parts.length === 1) return parts[0];
  return `(${parts.join(` ${joiner} `)})`;
}

export function buildDynamoDBExpression(filter: unknown): DynamoDBExpression | null {
  const expressionNames: Record<string, string> = {};
  const expressionValues: Record<string, AttributeValue> = {};

  const bind = (name: string, value: unknown) => {
    expressionValues[name] = toAttributeValue(value);
    return name;
  };

  function renderObject(filterObject: unknown, path: string): string {
    if (!isMap(filterObject)) throw new Unrenderable();
    const parts: string[] = [];
    for (const [key, value] of Object.entries(filterObject)) {
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value)) throw new Unrenderable();
        const members = value.map((member, index) => renderObject(member, `${path}${key}_${index}_`));
        parts.push(group(members, key === 'and' ? 'AND' : 'OR'));
      } else if (key === 'not') {
        parts.push(`(NOT ${renderObject(value, `${path}not_`)})`);
      } else {
        if (!isMap(value)) throw new Unrenderable();
        expressionNames[`#${key}`] = key;
        parts.push(renderConditions(value, `#${key}`, `:${path}${key}`));
      }
    }
    return parts.join(' AND ');
  }

  function renderConditions(conditions: Record<string, unknown>, operand: string, valueName: string): string {
    const parts = Object.entries(conditions).map(([op, value]) => renderCondition(op, value, operand, valueName));
    return group(parts, 'AND');
  }

  function renderCondition(op: string, value: unknown, operand: string, valueName: string): string {
    if (COMPARISONS[op]) return `(${operand} ${COMPARISONS[op]} ${bind(`${valueName}_${op}`, value)})`;
    if (FUNCTIONS[op]) return `(${FUNCTIONS[op]}(${operand},${bind(`${valueName}_${op}`, value)}))`;
    switch (op) {
      case 'between': {
        if (!Array.isArray(value) || value.length < 2) throw new Unrenderable();
        const start = bind(`${valueName}_between_start`, value[0]);
        const end = bind(`${valueName}_between_end`, value[1]);
        return `(${operand} BETWEEN ${start} AND ${end})`;
      }
      case 'in': {
        if (!Array.isArray(value)) throw new Unrenderable();
        // AppSync renders the missing list of an empty `in` as the text "null".
        if (value.length === 0) return '(null)';
        const names = value.map((item, index) => bind(`${valueName}_in_${index}`, item));
        return `(${operand} IN (${names.join(', ')}))`;
      }
      case 'attributeExists':
        if (typeof value !== 'boolean') throw new Unrenderable();
        return `(${value ? 'attribute_exists' : 'attribute_not_exists'}(${operand}))`;
      case 'attributeType': {
        const code = typeof value === 'string' ? ATTRIBUTE_TYPES[value] : undefined;
        if (!code || !Object.hasOwn(ATTRIBUTE_TYPES, value as string)) throw new Unrenderable();
        return `(attribute_type(${operand},${bind(`${valueName}_attributeType`, code)}))`;
      }
      case 'size': {
        if (!isMap(value)) throw new Unrenderable();
        const sizeOperand = operand.startsWith('size(') ? operand : `size(${operand})`;
        return renderConditions(value, sizeOperand, `${valueName}_size`);
      }
      default:
        throw new Unrenderable();
    }
  }

  try {
    const expression = renderObject(filter, '');
    return { expression, expressionNames, expressionValues };
  } catch (e) {
    if (e instanceof Unrenderable) return null;
    throw e;
  }
}
