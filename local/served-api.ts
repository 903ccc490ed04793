import type { GraphQLSchema } from 'graphql';
import { isDirectLambda, isPipeline, type SourceApiDeclaration, type TableDeclaration } from '../model/declaration.ts';
import type { Bundle } from '../model/bundle/resolvers.ts';
import type { IsolatedSandbox, LoadedCode } from './appsync-js/isolation/isolated-sandbox.ts';
import type { DataSource } from './datasources/types.ts';
import type { ResolverPlan } from './graphql/resolver-runner.ts';

/** What the runtime serves for one API, in the declaration's terms (compared with CDK's template). */
export interface ServedApi {
  name: string;
  /** `function`: the Lambda function an AWS_LAMBDA data source invokes. */
  dataSources: { name: string; type: DataSource['type']; table?: string; function?: string }[];
  functions: { name: string; dataSource: string; code: string; maxBatchSize?: number }[];
  resolvers: {
    typeName: string;
    fieldName: string;
    kind: 'UNIT' | 'PIPELINE';
    dataSource?: string;
    functions?: string[];
    /** null for a direct Lambda resolver, which has no code. */
    code: string | null;
    maxBatchSize?: number;
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
  sandbox: IsolatedSandbox,
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
  // AppSync accepts maxBatchSize 0–2000, and batching (like a resolver without code) only on a Lambda data source.
  const batchable = (owner: string, ds: DataSource, maxBatchSize: number | undefined, direct = false) => {
    if (maxBatchSize === undefined && !direct) return;
    if (ds.type !== 'AWS_LAMBDA') {
      throw new DeclarationError(`${owner}: ${direct ? 'a direct resolver' : 'maxBatchSize'} needs an AWS_LAMBDA data source, but '${ds.name}' is ${ds.type}.`);
    }
    if (maxBatchSize !== undefined && (!Number.isInteger(maxBatchSize) || maxBatchSize < 0 || maxBatchSize > 2000)) {
      throw new DeclarationError(`${owner}: maxBatchSize must be an integer from 0 to 2000, got ${maxBatchSize}.`);
    }
  };
  const functions = new Map(
    api.functions.map((f) => {
      const ds = dataSource(f.dataSource, `Function ${f.name}`);
      batchable(`Function ${f.name}`, ds, f.maxBatchSize);
      return [f.name, { name: f.name, code: load(`functions/${f.name}`), dataSource: ds, maxBatchSize: f.maxBatchSize }];
    }),
  );
  const plans = new Map<string, ResolverPlan>();
  for (const r of api.resolvers) {
    const key = `${r.typeName}.${r.fieldName}`;
    const type = schema.getType(r.typeName);
    if (!type || !('getFields' in type) || !type.getFields()[r.fieldName]) {
      throw new DeclarationError(`Resolver ${key}: no field '${r.fieldName}' on type '${r.typeName}' in the schema of '${api.name}'.`);
    }
    if (plans.has(key)) throw new DeclarationError(`Resolver ${key} is declared twice in '${api.name}'.`);
    if (!isPipeline(r) && isDirectLambda(r)) {
      const ds = dataSource(r.dataSource, `Resolver ${key}`);
      batchable(`Resolver ${key}`, ds, r.maxBatchSize, true);
      plans.set(key, { kind: 'DIRECT', typeName: r.typeName, fieldName: r.fieldName, dataSource: ds, maxBatchSize: r.maxBatchSize });
      continue;
    }
    const code = load(key);
    if (isPipeline(r)) {
      const steps = r.pipeline.map((name) => {
        const fn = functions.get(name);
        if (!fn) throw new DeclarationError(`Resolver ${key}: pipeline function '${name}' is not declared.`);
        return fn;
      });
      plans.set(key, { kind: 'PIPELINE', typeName: r.typeName, fieldName: r.fieldName, code, functions: steps });
    } else {
      const ds = dataSource(r.dataSource, `Resolver ${key}`);
      batchable(`Resolver ${key}`, ds, r.maxBatchSize);
      plans.set(key, { kind: 'UNIT', typeName: r.typeName, fieldName: r.fieldName, code, dataSource: ds, maxBatchSize: r.maxBatchSize });
    }
  }
  return plans;
}

/** The declaration as served, with the exact code each resolver and function runs. */
export function describeServed(api: SourceApiDeclaration, bundles: Map<string, Bundle>, tables: TableDeclaration[]): ServedApi {
  const code = (key: string) => bundles.get(`${api.name}/${key}`)!.code;
  const batchSize = (maxBatchSize: number | undefined) => (maxBatchSize === undefined ? {} : { maxBatchSize });
  return {
    name: api.name,
    dataSources: api.dataSources.map((d) =>
      d.type === 'AMAZON_DYNAMODB'
        ? { name: d.name, type: d.type, table: d.table }
        : d.type === 'AWS_LAMBDA'
          ? { name: d.name, type: d.type, function: d.function }
          : { name: d.name, type: d.type },
    ),
    functions: api.functions.map((f) => ({ name: f.name, dataSource: f.dataSource, code: code(`functions/${f.name}`), ...batchSize(f.maxBatchSize) })),
    resolvers: api.resolvers.map((r) =>
      isPipeline(r)
        ? { typeName: r.typeName, fieldName: r.fieldName, kind: 'PIPELINE' as const, functions: r.pipeline, code: code(`${r.typeName}.${r.fieldName}`) }
        : {
            typeName: r.typeName,
            fieldName: r.fieldName,
            kind: 'UNIT' as const,
            dataSource: r.dataSource,
            code: isDirectLambda(r) ? null : code(`${r.typeName}.${r.fieldName}`),
            ...batchSize(r.maxBatchSize),
          },
    ),
    tables: tables.filter((t) => api.dataSources.some((d) => d.type === 'AMAZON_DYNAMODB' && (d.table === t.name || d.otherTables?.includes(t.name)))),
  };
}
