import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { readItem } from './attribute-values.ts';
import { MappingTemplateError, fieldPath, isObject, jsonType, optionalObject, requiredString, type Json } from './request-fields.ts';

/** An `{ expression, expressionNames?, expressionValues? }` block of the request. */
export interface Expression {
  expression: string;
  names: Record<string, string>;
  values: Record<string, AttributeValue>;
}

export function readExpression(block: Json, path: string): Expression {
  return {
    expression: requiredString(block, 'expression', path),
    names: readNames(block, path),
    values: block.expressionValues == null ? {} : readItem(block.expressionValues, fieldPath(path, 'expressionValues')),
  };
}

export function readOptionalExpression(parent: Json, name: string, path: string): Expression | undefined {
  const block = optionalObject(parent, name, path);
  return block && readExpression(block, fieldPath(path, name));
}

function readNames(block: Json, path: string): Record<string, string> {
  const names = optionalObject(block, 'expressionNames', path);
  if (!names) return {};
  for (const [placeholder, name] of Object.entries(names)) {
    if (typeof name !== 'string') {
      throw new MappingTemplateError(
        `Expected string for field '${fieldPath(fieldPath(path, 'expressionNames'), placeholder)}' but got '${jsonType(name)}' instead.`,
      );
    }
  }
  return names as Record<string, string>;
}

/** A projection carries names but no values. */
export function readOptionalProjection(parent: Json, name: string, path: string): Omit<Expression, 'values'> | undefined {
  const block = parent[name];
  if (block == null) return undefined;
  if (!isObject(block)) {
    throw new MappingTemplateError(`Expected JSON object for field '${fieldPath(path, name)}' but got '${jsonType(block)}' instead.`);
  }
  const blockPath = fieldPath(path, name);
  return { expression: requiredString(block, 'expression', blockPath), names: readNames(block, blockPath) };
}

/**
 * One request may carry several expressions (key condition, filter, projection, update, condition);
 * DynamoDB takes one map of placeholders for all of them. Empty maps are left out because
 * DynamoDB rejects them.
 */
export function placeholders(...parts: Array<Partial<Expression> | undefined>) {
  const names = Object.assign({}, ...parts.map((p) => p?.names ?? {})) as Record<string, string>;
  const values = Object.assign({}, ...parts.map((p) => p?.values ?? {})) as Record<string, AttributeValue>;
  return {
    ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
    ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
  };
}
