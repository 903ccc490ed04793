/**
 * The values `@aws-appsync/utils/rds` hands to resolver code and takes back: statements built by
 * `select`/`insert`/`update`/`remove`, `sql` templates and type hints. They are plain data, as
 * everything that crosses into the sandbox is; `createPgStatement`/`createMySQLStatement` render
 * them (`render.ts`).
 */

export type Json = Record<string, unknown>;

export type StatementType = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

export interface Statement {
  type: StatementType;
  properties: Json;
}

export interface SqlTemplate {
  type: 'SQL';
  properties: { strings: string[]; values: unknown[] };
}

/** What `rds.typeHint.UUID("abc123")` returns, as recorded from AppSync: `{ type: 'UUID', value: 'abc123' }`. */
export interface TypeHint {
  type: (typeof TYPE_HINTS)[number];
  value: unknown;
}

export const TYPE_HINTS = ['DECIMAL', 'JSON', 'TIMESTAMP', 'TIME', 'UUID', 'DATE'] as const;

const STATEMENT_TYPES: readonly string[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

export const isPlainObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

export const isStatement = (value: unknown): value is Statement =>
  isPlainObject(value) && STATEMENT_TYPES.includes(value.type as string) && isPlainObject(value.properties);

export const isSqlTemplate = (value: unknown): value is SqlTemplate =>
  isPlainObject(value) && value.type === 'SQL' && isPlainObject(value.properties) && Array.isArray(value.properties.strings);

export const isTypeHint = (value: unknown): value is TypeHint =>
  isPlainObject(value) &&
  (TYPE_HINTS as readonly unknown[]).includes(value.type) &&
  Object.keys(value).every((key) => key === 'type' || key === 'value');

/** The statement builders check that they got an object; the rest is checked when it is rendered. */
export function statementOf(type: StatementType, builder: string, payload: unknown): Statement {
  if (payload === undefined) throw new Error(`An argument is expected to be passed to ${builder}`);
  if (!isPlainObject(payload)) throw new Error('Expected payload to be an Object.');
  return { type, properties: payload };
}

/** `rds.sql` is a tag: one more string than values. Called by hand with any other shape, AppSync answers with its Java exception. */
export function sqlTemplateOf(strings: unknown, values: unknown[]): SqlTemplate {
  if (!Array.isArray(strings) || strings.length !== values.length + 1 || !strings.every((s) => typeof s === 'string')) {
    throw new Error('java.lang.IllegalArgumentException: Unexpected argument passed to sql tagged template');
  }
  return { type: 'SQL', properties: { strings, values } };
}

/** What the declarations offer but no output of AppSync's records: refused rather than guessed. */
export function notReproduced(what: string): Error {
  return new Error(`${what} is not reproduced by the local runtime: no output of AppSync's for it is recorded.`);
}
