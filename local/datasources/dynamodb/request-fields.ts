/**
 * Reading the request object a resolver returned. AppSync rejects a malformed request before
 * calling DynamoDB with errorType `MappingTemplate` and a JSON-path style message, e.g.
 * "Value for field '$[operation]' not found." (AppSync developer guide, "Troubleshooting and
 * common mistakes"). Messages not confirmed against the service keep that style.
 */
export class MappingTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingTemplateError';
  }
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);

/** Jackson's node type names, which AppSync quotes in its messages ("but got 'STRING' instead"). */
export const jsonType = (value: unknown): string => {
  if (value === undefined) return 'MISSING';
  if (value === null) return 'NULL';
  if (Array.isArray(value)) return 'ARRAY';
  if (value instanceof Uint8Array) return 'BINARY';
  switch (typeof value) {
    case 'string':
      return 'STRING';
    case 'number':
      return 'NUMBER';
    case 'boolean':
      return 'BOOLEAN';
    case 'object':
      return 'OBJECT';
    default:
      return 'POJO';
  }
};

export const fieldPath = (parent: string, name: string | number) => `${parent}[${name}]`;

const present = (value: unknown) => value !== undefined && value !== null;

const wrongType = (path: string, expected: string, value: unknown) =>
  new MappingTemplateError(`Expected ${expected} for field '${path}' but got '${jsonType(value)}' instead.`);

export function required(parent: Json, name: string, path: string): unknown {
  const value = parent[name];
  if (!present(value)) throw new MappingTemplateError(`Value for field '${fieldPath(path, name)}' not found.`);
  return value;
}

export function requiredObject(parent: Json, name: string, path: string): Json {
  const value = required(parent, name, path);
  if (!isObject(value)) throw wrongType(fieldPath(path, name), 'JSON object', value);
  return value;
}

export function optionalObject(parent: Json, name: string, path: string): Json | undefined {
  return present(parent[name]) ? requiredObject(parent, name, path) : undefined;
}

export function requiredArray(parent: Json, name: string, path: string): unknown[] {
  const value = required(parent, name, path);
  if (!Array.isArray(value)) throw wrongType(fieldPath(path, name), 'JSON array', value);
  return value;
}

export function requiredString(parent: Json, name: string, path: string): string {
  const value = required(parent, name, path);
  if (typeof value !== 'string') throw wrongType(fieldPath(path, name), 'string', value);
  return value;
}

export function optionalString(parent: Json, name: string, path: string): string | undefined {
  return present(parent[name]) ? requiredString(parent, name, path) : undefined;
}

export function optionalBoolean(parent: Json, name: string, path: string): boolean | undefined {
  const value = parent[name];
  if (!present(value)) return undefined;
  if (typeof value !== 'boolean') throw wrongType(fieldPath(path, name), 'boolean', value);
  return value;
}

export function optionalInteger(parent: Json, name: string, path: string): number | undefined {
  const value = parent[name];
  if (!present(value)) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(fieldPath(path, name), 'integer', value);
  return value;
}

export function optionalStringList(parent: Json, name: string, path: string): string[] | undefined {
  const value = parent[name];
  if (!present(value)) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw wrongType(fieldPath(path, name), 'array of strings', value);
  }
  return value as string[];
}
