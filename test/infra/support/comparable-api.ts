import { createHash } from 'node:crypto';
import type { GlobalSecondaryIndexDeclaration, KeyAttribute, TableDeclaration } from '../../../model/declaration.ts';
import type { ServedApi } from '../../../local/served-api.ts';

/**
 * One API in terms both worlds can be compared in: names instead of CloudFormation ids, code as
 * the SHA-256 of its exact bytes, lists in a stable order, defaults spelled out.
 */
export interface ComparableApi {
  name: string;
  /** `function`: the Lambda function of an AWS_LAMBDA data source. */
  dataSources: { name: string; type: string; table?: string; function?: string }[];
  functions: { name: string; dataSource: string; codeSha256: string; maxBatchSize?: number }[];
  resolvers: {
    typeName: string;
    fieldName: string;
    kind: 'UNIT' | 'PIPELINE';
    dataSource?: string;
    functions?: string[];
    /** null for a direct Lambda resolver, which has no code. */
    codeSha256: string | null;
    maxBatchSize?: number;
  }[];
  tables: ComparableTable[];
}

export interface ComparableTable {
  name: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  globalSecondaryIndexes: ComparableIndex[];
  timeToLiveAttribute?: string;
}

export type ComparableIndex = GlobalSecondaryIndexDeclaration & { projection: NonNullable<GlobalSecondaryIndexDeclaration['projection']> };

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const byField = <T extends { typeName: string; fieldName: string }>(a: T, b: T) =>
  `${a.typeName}.${a.fieldName}`.localeCompare(`${b.typeName}.${b.fieldName}`);

export function comparableTable(table: TableDeclaration): ComparableTable {
  return {
    name: table.name,
    partitionKey: table.partitionKey,
    ...(table.sortKey ? { sortKey: table.sortKey } : {}),
    globalSecondaryIndexes: (table.globalSecondaryIndexes ?? [])
      .map((index) => ({
        name: index.name,
        partitionKey: index.partitionKey,
        ...(index.sortKey ? { sortKey: index.sortKey } : {}),
        projection: Array.isArray(index.projection) ? [...index.projection].sort() : (index.projection ?? 'ALL'),
      }))
      .sort(byName),
    ...(table.timeToLiveAttribute ? { timeToLiveAttribute: table.timeToLiveAttribute } : {}),
  };
}

export function comparableApi(api: {
  name: string;
  dataSources: ComparableApi['dataSources'];
  functions: ComparableApi['functions'];
  resolvers: ComparableApi['resolvers'];
  tables: TableDeclaration[];
}): ComparableApi {
  return {
    name: api.name,
    dataSources: api.dataSources
      .map(({ name, type, table, function: fn }) => ({ name, type, ...(table ? { table } : {}), ...(fn ? { function: fn } : {}) }))
      .sort(byName),
    functions: api.functions.map(({ maxBatchSize, ...fn }) => ({ ...fn, ...(maxBatchSize ? { maxBatchSize } : {}) })).sort(byName),
    resolvers: api.resolvers
      .map(({ typeName, fieldName, kind, dataSource, functions, codeSha256, maxBatchSize }) => ({
        typeName,
        fieldName,
        kind,
        ...(kind === 'UNIT' ? { dataSource } : { functions }),
        codeSha256,
        ...(maxBatchSize ? { maxBatchSize } : {}),
      }))
      .sort(byField),
    tables: api.tables.map(comparableTable).sort(byName),
  };
}

/** What the local runtime says it serves, with each handler's code reduced to the hash of its UTF-8 bytes. */
export function comparableServedApi(served: ServedApi): ComparableApi {
  return comparableApi({
    name: served.name,
    dataSources: served.dataSources,
    functions: served.functions.map(({ name, dataSource, code }) => ({ name, dataSource, codeSha256: sha256(Buffer.from(code, 'utf8')) })),
    resolvers: served.resolvers.map(({ code, ...resolver }) => ({
      ...resolver,
      codeSha256: code === null ? null : sha256(Buffer.from(code, 'utf8')),
    })),
    tables: served.tables,
  });
}
