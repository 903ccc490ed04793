import { isObjectType, type GraphQLSchema } from 'graphql';
import { isDirectLambda, isPipeline, type DataSourceDeclaration, type SourceApiDeclaration } from './declaration.ts';

/** A declaration AppSync would refuse at deploy: the CDK app refuses it at synth, the local runtime at load. */
export class DeclarationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeclarationError';
  }
}

/** AppSync's bounds of maxBatchSize (https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateResolver.html). */
const MAX_BATCH_SIZE = 2000;

/**
 * Refuses a source API's declaration that AppSync would refuse: a data source declared twice; a
 * resolver on a field its schema lacks, or declared twice; a data source or pipeline function that
 * is not declared; batching, or a direct resolver, on anything but a Lambda data source.
 */
export function checkSourceApi(source: SourceApiDeclaration, schema: GraphQLSchema): void {
  const api = `source API "${source.name}"`;
  const dataSources = new Map<string, DataSourceDeclaration>();
  for (const ds of source.dataSources) {
    if (dataSources.has(ds.name)) throw new DeclarationError(`Data source "${ds.name}" is declared twice in ${api}.`);
    dataSources.set(ds.name, ds);
  }
  const dataSource = (name: string, owner: string) => {
    const ds = dataSources.get(name);
    if (!ds) throw new DeclarationError(`${owner}: data source "${name}" is not declared in ${api}.`);
    return ds;
  };
  const batchable = (owner: string, ds: DataSourceDeclaration, maxBatchSize: number | undefined, direct: boolean) => {
    if (maxBatchSize === undefined && !direct) return;
    if (ds.type !== 'AWS_LAMBDA') {
      throw new DeclarationError(
        `${owner}: ${direct ? 'a direct resolver' : 'maxBatchSize'} needs an AWS_LAMBDA data source, but "${ds.name}" is ${ds.type}.`,
      );
    }
    if (maxBatchSize !== undefined && (!Number.isInteger(maxBatchSize) || maxBatchSize < 0 || maxBatchSize > MAX_BATCH_SIZE)) {
      throw new DeclarationError(`${owner}: maxBatchSize must be an integer from 0 to ${MAX_BATCH_SIZE}, got ${maxBatchSize}.`);
    }
  };

  for (const f of source.functions) {
    const owner = `Function ${f.name} of ${api}`;
    batchable(owner, dataSource(f.dataSource, owner), f.maxBatchSize, false);
  }
  const functions = new Set(source.functions.map((f) => f.name));
  const resolvers = new Set<string>();
  for (const r of source.resolvers) {
    const key = `${r.typeName}.${r.fieldName}`;
    const owner = `Resolver ${key} of ${api}`;
    const type = schema.getType(r.typeName);
    if (!isObjectType(type) || !type.getFields()[r.fieldName])
      throw new DeclarationError(`${owner}: the schema has no field ${r.fieldName} on type ${r.typeName}.`);
    if (resolvers.has(key)) throw new DeclarationError(`${owner} is declared twice.`);
    resolvers.add(key);
    if (isPipeline(r)) {
      const missing = r.pipeline.find((name) => !functions.has(name));
      if (missing !== undefined) throw new DeclarationError(`${owner}: pipeline function "${missing}" is not declared.`);
    } else {
      batchable(owner, dataSource(r.dataSource, owner), r.maxBatchSize, isDirectLambda(r));
    }
  }
}
