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

/**
 * The placeholders of a write's update and condition. AppSync refuses a request in which both
 * define the same value placeholder instead of letting one silently replace the other: "We have
 * added an exception for this issue when it occurs so that duplicates are not allowed"
 * (aws/aws-appsync-community#162, about expressionValues). A name placeholder both define for the
 * same attribute changes no meaning (`SET #status = :to` on condition `#status = :from` is common);
 * one they define for different attributes would, and is refused the same way. The message is
 * reconstructed: AppSync's text is not published.
 */
export function writePlaceholders(
  update: Expression,
  updatePath: string,
  condition: Partial<Expression> | undefined,
  conditionPath: string,
) {
  const conflicts = (map: 'expressionNames' | 'expressionValues', twice: string[]) =>
    twice.length &&
    new MappingTemplateError(
      `Placeholder ${twice.map((p) => `'${p}'`).join(', ')} is defined in both '${fieldPath(updatePath, map)}' and '${fieldPath(conditionPath, map)}'; each placeholder may be defined once.`,
    );
  const names = condition?.names ?? {};
  const values = condition?.values ?? {};
  const error =
    conflicts(
      'expressionNames',
      Object.keys(update.names).filter((p) => Object.hasOwn(names, p) && names[p] !== update.names[p]),
    ) ||
    conflicts(
      'expressionValues',
      Object.keys(update.values).filter((p) => Object.hasOwn(values, p)),
    );
  if (error) throw error;
  return placeholders(update, condition);
}
