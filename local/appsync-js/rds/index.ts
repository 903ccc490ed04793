import type * as RdsModule from '@aws-appsync/utils/rds.js';
import { rds as rdsUtil } from '../util/rds.ts';
import { createStatements } from './render.ts';
import { TYPE_HINTS, notReproduced, sqlTemplateOf, statementOf, type TypeHint } from './values.ts';

type Module = Omit<typeof RdsModule, 'default'>;

type TypeHints = Record<(typeof TYPE_HINTS)[number], (value: unknown) => TypeHint>;
type Aggregates = Record<(typeof AGGREGATES)[number], () => never>;

const AGGREGATES = [
  'max',
  'maxDistinct',
  'min',
  'minDistinct',
  'count',
  'countDistinct',
  'avg',
  'avgDistinct',
  'sum',
  'sumDistinct',
] as const;

/**
 * Host implementation of `@aws-appsync/utils/rds`. The local runtime has no RDS data source: the
 * module builds the request objects AppSync would send (EvaluateCode shows them), so resolver code
 * for Aurora can be unit-tested locally. `toJsonObject` is `util.rds.toJsonObject`.
 */
export const rdsHelpers = {
  typeHint: Object.fromEntries(TYPE_HINTS.map((type) => [type, (value: unknown) => ({ type, value })])) as TypeHints,
  agg: Object.fromEntries(
    AGGREGATES.map((name) => [
      name,
      () => {
        throw notReproduced(`rds.agg.${name}`);
      },
    ]),
  ) as Aggregates,
  select: (payload: unknown) => statementOf('SELECT', 'select', payload),
  insert: (payload: unknown) => statementOf('INSERT', 'insert', payload),
  update: (payload: unknown) => statementOf('UPDATE', 'update', payload),
  remove: (payload: unknown) => statementOf('DELETE', 'remove', payload),
  createPgStatement: (...statements: unknown[]) => createStatements('postgres', 'createPgStatement', statements),
  createMySQLStatement: (...statements: unknown[]) => createStatements('mysql', 'createMySQLStatement', statements),
  sql: (strings: unknown, ...values: unknown[]) => sqlTemplateOf(strings, values),
  // One function for both import paths, recorded with the same output (localstack/appsync-utils,
  // "toJsonObject import paths"); its null for what is no RDS result is the util's declaration's.
  toJsonObject: rdsUtil.toJsonObject as Module['toJsonObject'],
} satisfies Module;
