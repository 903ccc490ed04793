import type { Util } from '@aws-appsync/utils';

type RdsUtil = Util['rds'];

/**
 * `util.rds.toJsonObject`: the RDS Data API result (object or its JSON text) becomes one list of
 * records per statement, each record keyed by column label, as recorded from AppSync.
 */

type Field = Record<string, unknown>;

function fieldValue(field: unknown): unknown {
  if (field === null || typeof field !== 'object') return field ?? null;
  const f = field as Field;
  if (f.isNull === true) return null;
  if (f.arrayValue !== undefined) return arrayValue(f.arrayValue);
  if (f.structValue !== undefined) {
    const attributes = (f.structValue as Field).attributes;
    return Array.isArray(attributes) ? attributes.map(fieldValue) : [];
  }
  for (const key of [
    'stringValue',
    'longValue',
    'doubleValue',
    'booleanValue',
    'blobValue',
    'intValue',
    'bigIntValue',
    'realValue',
    'bitValue',
  ]) {
    if (f[key] !== undefined) return f[key];
  }
  return null;
}

function arrayValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Field;
  if (Array.isArray(v.arrayValues)) return v.arrayValues.map(arrayValue);
  for (const key of ['stringValues', 'longValues', 'doubleValues', 'booleanValues']) {
    if (Array.isArray(v[key])) return v[key];
  }
  return [];
}

/**
 * A null field leaves its column out of the record, and a statement without records (an INSERT or
 * UPDATE) gives one empty record: `[[{}]]` for `{ numberOfRecordsUpdated: 1, generatedFields: [] }`,
 * as recorded from AppSync (localstack/appsync-utils, __tests__/__snapshots__/resolvers.test.js.snap,
 * "toJsonObject", "toJsonObject insert or update"), though the declarations speak of an empty list.
 */
function recordsOf(statement: Field): Record<string, unknown>[] {
  if (!Array.isArray(statement.records)) return [{}];
  const columns = Array.isArray(statement.columnMetadata) ? (statement.columnMetadata as Field[]) : [];
  return (statement.records as unknown[][]).map((record) =>
    Object.fromEntries(
      record
        .map((field, index) => [String(columns[index]?.label ?? columns[index]?.name ?? index), fieldValue(field)] as const)
        .filter(([, value]) => value !== null),
    ),
  );
}

export const rds = {
  // The declared type (@aws-appsync/utils lib/rds-utils.d.ts); the value is rows of records per statement.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  toJsonObject(serializedSQLResult: unknown): Record<string, any> | null {
    const result = typeof serializedSQLResult === 'string' ? JSON.parse(serializedSQLResult) : serializedSQLResult;
    if (result === null || typeof result !== 'object') return null;
    const statements = (result as Field).sqlStatementResults;
    if (!Array.isArray(statements)) return null;
    return statements.map(recordsOf);
  },
} satisfies RdsUtil;
