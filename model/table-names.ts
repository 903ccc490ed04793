import type { ApiDeclaration } from './declaration.ts';

/**
 * Where a declaration runs: a deployed stage (infra/stages.ts) or `local`, the runtime's own. Each
 * stage names its tables `<api>-<stage>-<Table>`, so the names are known before anything deploys
 * and can be written into the resolver bundles (model/bundle/resolvers.ts).
 */
/** The local runtime's stage: its tables are `<api>-local-<Table>` unless a test gives its own prefix. */
export const LOCAL_STAGE = 'local';

export const tablePrefix = (api: Pick<ApiDeclaration, 'name'>, stage: string) => `${api.name}-${stage}-`;

/** DynamoDB's table naming rule: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'. */
const TABLE_NAME = /^[a-zA-Z0-9_.-]{3,255}$/;

export function physicalTableName(prefix: string, logical: string): string {
  const name = `${prefix}${logical}`;
  if (!TABLE_NAME.test(name)) {
    throw new Error(`Table name '${name}' breaks DynamoDB's naming rule: 3-255 characters of a-z, A-Z, 0-9, '_', '-', '.'`);
  }
  return name;
}

/** Logical table name → physical name, for every table of the declaration: what resolvers are bundled with. */
export type TableNames = Record<string, string>;

export function tableNames(api: Pick<ApiDeclaration, 'tables'>, prefix: string): TableNames {
  return Object.fromEntries(api.tables.map((table) => [table.name, physicalTableName(prefix, table.name)]));
}

/** The names `npm start` gives the tables, and what code evaluated on its own is bundled with. */
export const localTableNames = (api: Pick<ApiDeclaration, 'name' | 'tables'>): TableNames => tableNames(api, tablePrefix(api, LOCAL_STAGE));
