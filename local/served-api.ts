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

/**
 * Turns a source API's declaration, checked by checkSourceApi (model/declaration-checks.ts), into
 * resolver plans: each bundle compiled once in the sandbox, each resolver and function bound to
 * its data source.
 */
export function planResolvers(
  api: SourceApiDeclaration,
  bundles: Map<string, Bundle>,
  sandbox: IsolatedSandbox,
  dataSources: Map<string, DataSource>,
): Map<string, ResolverPlan> {
  const load = (key: string): LoadedCode => {
    const bundle = bundles.get(`${api.name}/${key}`);
    if (!bundle) throw new Error(`No bundle for ${api.name}/${key}.`);
    return sandbox.load(bundle.sourceFile, bundle.code);
  };
  const functions = new Map(
    api.functions.map((f) => [
      f.name,
      { name: f.name, code: load(`functions/${f.name}`), dataSource: dataSources.get(f.dataSource)!, maxBatchSize: f.maxBatchSize },
    ]),
  );
  const plans = new Map<string, ResolverPlan>();
  for (const r of api.resolvers) {
    const key = `${r.typeName}.${r.fieldName}`;
    if (isPipeline(r)) {
      plans.set(key, {
        kind: 'PIPELINE',
        typeName: r.typeName,
        fieldName: r.fieldName,
        code: load(key),
        functions: r.pipeline.map((name) => functions.get(name)!),
      });
      continue;
    }
    const dataSource = dataSources.get(r.dataSource)!;
    plans.set(
      key,
      isDirectLambda(r)
        ? { kind: 'DIRECT', typeName: r.typeName, fieldName: r.fieldName, dataSource, maxBatchSize: r.maxBatchSize }
        : { kind: 'UNIT', typeName: r.typeName, fieldName: r.fieldName, code: load(key), dataSource, maxBatchSize: r.maxBatchSize },
    );
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
    functions: api.functions.map((f) => ({
      name: f.name,
      dataSource: f.dataSource,
      code: code(`functions/${f.name}`),
      ...batchSize(f.maxBatchSize),
    })),
    resolvers: api.resolvers.map((r) =>
      isPipeline(r)
        ? {
            typeName: r.typeName,
            fieldName: r.fieldName,
            kind: 'PIPELINE' as const,
            functions: r.pipeline,
            code: code(`${r.typeName}.${r.fieldName}`),
          }
        : {
            typeName: r.typeName,
            fieldName: r.fieldName,
            kind: 'UNIT' as const,
            dataSource: r.dataSource,
            code: isDirectLambda(r) ? null : code(`${r.typeName}.${r.fieldName}`),
            ...batchSize(r.maxBatchSize),
          },
    ),
    tables: tables.filter((t) =>
      api.dataSources.some((d) => d.type === 'AMAZON_DYNAMODB' && (d.table === t.name || d.otherTables?.includes(t.name))),
    ),
  };
}
