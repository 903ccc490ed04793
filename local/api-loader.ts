import type { ApiDeclaration, DataSourceDeclaration, TableDeclaration } from '../model/declaration.ts';
import { bundleApiAsync } from '../model/bundle/resolvers.ts';
import { localTableNames, type TableNames } from '../model/table-names.ts';
import { isDeepStrictEqual } from 'node:util';
import { IsolatedSandbox } from './appsync-js/isolation/isolated-sandbox.ts';
import { checkResolverCode, type CodeDiagnostic } from './appsync-js/static-check/check.ts';
import type { DataSource } from './datasources/types.ts';
import type { GraphQLSchema } from 'graphql';
import { Executor, type FieldAuthorizer } from './graphql/executor.ts';
import type { RequestLimits } from './graphql/request-limits.ts';
import { buildAppSyncSchema, readSchemaSdl } from '../model/schema/appsync-schema.ts';
import { describeServed, planResolvers, type ServedApi } from './served-api.ts';
import { checkSourceApi } from '../model/declaration-checks.ts';
import type { ResolverPlan } from './graphql/resolver-runner.ts';
import { composeDeclaredApi } from '../model/federation/declared-api.ts';
import { createMergedExecutor } from './federation/merged-executor.ts';
import { describeMergedApi, type ServedMergedApi } from './federation/served-merged-api.ts';

/** A resolver bundle AppSync would refuse at deploy time; the runtime refuses it at load. */
export class CodeRejectedError extends Error {
  constructor(readonly diagnostics: Map<string, CodeDiagnostic[]>) {
    super(
      [...diagnostics]
        .filter(([, d]) => d.length)
        .map(([file, d]) => `${file}: The code contains one or more errors.\n${d.map((x) => `  ${x.text}`).join('\n')}`)
        .join('\n'),
    );
    this.name = 'CodeRejectedError';
  }
}

/** Everything served for the declaration's source APIs, built from one consistent set of bundles. */
export interface LoadedApis {
  executors: Map<string, Executor>;
  /** The Merged API: the source APIs' schemas composed, each field run by its source API's resolver. */
  merged: { executor: Executor; served: ServedMergedApi };
  /** What is served, as the runtime's `served()` reports it, with the tables as they exist. */
  served(tables: TableDeclaration[]): ServedApi[];
  dataSources: DataSource[];
  /** The sandbox process these executors evaluate resolver code in. */
  sandbox: IsolatedSandbox;
  bundleCount: number;
}

export interface LoadContext {
  /** The tables' physical names, written into the resolver bundles (model/bundle/resolvers.ts). */
  tableNames: TableNames;
  /**
   * Builds each declared data source. Awaited only once the code has passed its checks, so what
   * data sources need (DynamoDB, the Lambda functions' bundles) may still be starting meanwhile.
   */
  createDataSource: Promise<(ds: DataSourceDeclaration) => DataSource>;
  /** Field-level authorization derived from each schema's auth directives. */
  fieldAuthorizer?: (schema: GraphQLSchema) => FieldAuthorizer;
  progress?: (message: string) => void;
  limits?: RuntimeLimits;
}

/** What the local runtime bounds: AppSync's request limits, and the sandbox's memory. */
export interface RuntimeLimits {
  /** How long a request may run (AppSync's 30 s). */
  requestTimeMs?: number;
  /** The API's queryDepthLimit and resolverCountLimit. */
  queryDepth?: number;
  resolverCount?: number;
  /** Heap of each sandbox process, in MiB. */
  sandboxMemoryMb?: number;
}

/** `ctx.env`: no API declares environment variables, since resolvers carry the table names in their code. */
const NO_ENVIRONMENT_VARIABLES: Record<string, string> = {};

const executorLimits = (limits: RuntimeLimits | undefined): RequestLimits => ({
  timeMs: limits?.requestTimeMs,
  queryDepth: limits?.queryDepth,
  resolverCount: limits?.resolverCount,
});

/**
 * Bundles, checks and loads every resolver of the declaration into a fresh sandbox. Either
 * all of it loads or nothing does, so a reload never serves a half-updated API.
 */
export async function loadApis(api: ApiDeclaration, context: LoadContext): Promise<LoadedApis> {
  const progress = context.progress ?? (() => {});
  progress('Bundling resolvers with esbuild');
  // The check reads the bundles made with the local stage's table names: they differ from those
  // served only in string literals no check looks at, and a test's private table names would
  // otherwise miss the check's cache on every run.
  const localNames = localTableNames(api);
  const [bundles, checked] = await Promise.all([
    bundleApiAsync(api, context.tableNames),
    isDeepStrictEqual(localNames, context.tableNames) ? undefined : bundleApiAsync(api, localNames),
  ]);

  progress('Checking resolver code as AppSync does at deploy');
  const diagnostics = await checkResolverCode([...(checked ?? bundles).values()].map((b) => ({ name: b.sourceFile, code: b.code })));
  if ([...diagnostics.values()].some((d) => d.length)) throw new CodeRejectedError(diagnostics);

  progress('Composing the Merged API schema from the source APIs');
  const mergedSchema = composeDeclaredApi(api);

  const createDataSource = await context.createDataSource;
  progress('Loading resolvers into the APPSYNC_JS runtime');
  const plansBySource = new Map<string, Map<string, ResolverPlan>>();
  const sandbox = new IsolatedSandbox({ memoryMb: context.limits?.sandboxMemoryMb });
  const executors = new Map<string, Executor>();
  const dataSources: DataSource[] = [];
  for (const source of api.sourceApis) {
    const schema = buildAppSyncSchema(readSchemaSdl(source.schemaFiles));
    checkSourceApi(source, schema);
    const sourceDataSources = new Map(source.dataSources.map((ds) => [ds.name, createDataSource(ds)]));
    dataSources.push(...sourceDataSources.values());
    const resolvers = planResolvers(source, bundles, sandbox, sourceDataSources);
    plansBySource.set(source.name, resolvers);
    executors.set(
      source.name,
      new Executor({
        schema,
        sandbox,
        resolvers,
        env: NO_ENVIRONMENT_VARIABLES,
        authorizeField: context.fieldAuthorizer?.(schema),
        limits: executorLimits(context.limits),
      }),
    );
  }
  const mergedExecutor = createMergedExecutor({
    merged: mergedSchema,
    sandbox,
    plansBySource,
    env: NO_ENVIRONMENT_VARIABLES,
    fieldAuthorizer: context.fieldAuthorizer,
    limits: executorLimits(context.limits),
  });
  // Started last: a load that fails before here leaves no process behind.
  sandbox.prestart();
  return {
    executors,
    merged: { executor: mergedExecutor, served: describeMergedApi(api, mergedSchema) },
    served: (tables) => api.sourceApis.map((source) => describeServed(source, bundles, tables)),
    dataSources,
    sandbox,
    bundleCount: bundles.size,
  };
}
