import type { GraphQLSchema } from 'graphql';
import { isPipeline, type SourceApiDeclaration, type TableDeclaration } from '../infra/declaration.ts';
import type { Bundle } from './bundle.ts';
import type { LoadedCode, Sandbox } from './appsync-js/sandbox.ts';
import type { DataSource } from './datasources/types.ts';
import type { ResolverPlan } from './graphql/resolver-runner.ts';

/** What the runtime serves for one API, in the declaration's terms (compared with CDK's template). */
export interface ServedApi {
  name: string;
  dataSources: { name: string; type: DataSource['type']; table?: string }[];
  functions: { name: string; dataSource: string; code: string }[];
  resolvers: {
    typeName: string;
    fieldName: string;
    kind: 'UNIT' | 'PIPELINE';
    dataSource?: string;
    functions?: string[];
    code: string;
  }[];
  tables: TableDeclaration[];
}

export class DeclarationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeclarationError';
  }
}

/**
 * Turns a source API's declaration into resolver plans: each bundle compiled once in the
 * sandbox, each resolver and function bound to its data source. Refuses declarations AppSync
 * would refuse (unknown type, field or data source; a pipeline function that does not exist).
 */
export function planResolvers(
  api: SourceApiDeclaration,
  schema: GraphQLSchema,
  bundles: Map<string, Bundle>,
  sandbox: Sandbox,
  dataSources: Map<string, DataSource>,
): Map<string, ResolverPlan> {
  const dataSource = (name: string, owner: string) => {
    const ds = dataSources.get(name);
    if (!ds) throw new DeclarationError(`${owner}: data source '${name}' is not declared in source API '${api.name}'.`);
    return ds;
  };
  const load = (key: string): LoadedCode => {
    const bundle = bundles.get(`${api.name}/${key}`);
    if (!bundle) throw new DeclarationError(`No bundle for ${api.name}/${key}.`);
    return sandbox.load(bundle.sourceFile, bundle.code);
  };
  const functions = new Map(
    api.functions.map((f) => [f.name, { name: f.name, code: load(`functions/${f.name}`), dataSource: dataSource(f.dataSource, `Function ${f.name}`) }]),
  );
  const plans = new Map<string, ResolverPlan>();
  for (const r of api.resolvers) {
    const key = `${r.typeName}.${r.fieldName}`;
    const type = schema.getType(r.typeName);
    if (!type || !('getFields' in type) || !type.getFields()[r.fieldName]) {
      throw new DeclarationError(`Resolver ${key}: no field '${r.fieldName}' on type '${r.typeName}' in the schema of '${api.name}'.`);
    }
    if (plans.has(key)) throw new DeclarationError(`Resolver ${key} is declared twice in '${api.name}'.`);
    const code = load(key);
    if (isPipeline(r)) {
      const steps = r.pipeline.map((name) => {
        const fn = functions.get(name);
        if (!fn) throw new DeclarationError(`Resolver ${key}: pipeline function '${name}' is not declared.`);
        return fn;
      });
      plans.set(key, { kind: 'PIPELINE', typeName: r.typeName, fieldName: r.fieldName, code, functions: steps });
    } else {
      plans.set(key, { kind: 'UNIT', typeName: r.typeName, fieldName: r.fieldName, code, dataSource: dataSource(r.dataSource, `Resolver ${key}`) });
    }
  }
  return plans;
}

/** The declaration as served, with the exact code each resolver and function runs. */
export function describeServed(api: SourceApiDeclaration, bundles: Map<string, Bundle>, tables: TableDeclaration[]): ServedApi {
  const code = (key: string) => bundles.get(`${api.name}/${key}`)!.code;
  return {
    name: api.name,
    dataSources: api.dataSources.map((d) => (d.type === 'AMAZON_DYNAMODB' ? { name: d.name, type: d.type, table: d.table } : { name: d.name, type: d.type })),
    functions: api.functions.map((f) => ({ name: f.name, dataSource: f.dataSource, code: code(`functions/${f.name}`) })),
    resolvers: api.resolvers.map((r) =>
      isPipeline(r)
        ? { typeName: r.typeName, fieldName: r.fieldName, kind: 'PIPELINE' as const, functions: r.pipeline, code: code(`${r.typeName}.${r.fieldName}`) }
        : { typeName: r.typeName, fieldName: r.fieldName, kind: 'UNIT' as const, dataSource: r.dataSource, code: code(`${r.typeName}.${r.fieldName}`) },
    ),
    tables: tables.filter((t) => api.dataSources.some((d) => d.type === 'AMAZON_DYNAMODB' && (d.table === t.name || d.otherTables?.includes(t.name)))),
  };
}
