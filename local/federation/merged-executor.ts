import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { IsolatedSandbox } from '../appsync-js/isolation/isolated-sandbox.ts';
import { Executor, type FieldAuthorizer, type RequestContext } from '../graphql/executor.ts';
import type { RequestLimits } from '../graphql/request-limits.ts';
import type { ResolverPlan } from '../graphql/resolver-runner.ts';
import { notAuthorized } from '../graphql/errors.ts';
import { buildAppSyncSchema } from '../../model/schema/appsync-schema.ts';
import type { MergedSchema } from '../../model/federation/compose.ts';

export interface MergedExecutorOptions {
  merged: MergedSchema;
  sandbox: IsolatedSandbox;
  /** Each source API's resolver plans (bound to its own data sources), keyed by its own `Type.field`. */
  plansBySource: Map<string, Map<string, ResolverPlan>>;
  /** `ctx.env` of every merged field. */
  env: Record<string, string>;
  fieldAuthorizer?: (schema: GraphQLSchema) => FieldAuthorizer;
  limits?: RequestLimits;
}

/**
 * The Merged API's executor: the merged schema, and on each field the resolver imported from the
 * source API that owns it, running with that source API's data sources (merged-api.html,
 * "Managing resolvers on shared types": a query spanning source APIs is one GraphQL execution).
 * Field-level authorization reads the auth directives the merge kept from each source schema.
 */
export function createMergedExecutor({ merged, sandbox, plansBySource, env, fieldAuthorizer, limits }: MergedExecutorOptions): Executor {
  const schema = buildAppSyncSchema(merged.sdl);
  const resolvers = new Map<string, ResolverPlan>();
  for (const [key, imported] of merged.resolvers) {
    const plan = plansBySource.get(imported.source)?.get(`${imported.typeName}.${imported.fieldName}`);
    if (!plan)
      throw new Error(
        `Merged field ${key}: source API '${imported.source}' has no resolver plan for ${imported.typeName}.${imported.fieldName}.`,
      );
    resolvers.set(key, plan);
  }
  const authorizeField = fieldAuthorizer?.(schema);
  readRenamedFieldsUnderTheirSourceName(schema, merged, resolvers, authorizeField);
  return new Executor({ schema, sandbox, resolvers, env, authorizeField, limits });
}

/**
 * A field `@renamed` in its source API and without a resolver of its own takes its value from the
 * parent's result under the name the source API gave it, as on the source API's endpoint (the
 * guide, merged-api.html, leaves this unsaid; test/federation/merged-endpoint.test.ts pins it);
 * a parent that has no such property (a mutation's result published to a subscription, which
 * carries the merged names) is read under the merged name. Such a field gets its own `resolve`,
 * so it applies the field's authorization itself.
 */
function readRenamedFieldsUnderTheirSourceName(
  schema: GraphQLSchema,
  merged: MergedSchema,
  resolvers: Map<string, ResolverPlan>,
  authorize: FieldAuthorizer | undefined,
) {
  for (const [key, original] of merged.renamedFields) {
    if (resolvers.has(key)) continue;
    const [typeName, fieldName] = key.split('.') as [string, string];
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue;
    field.resolve = (source, args, context: { request: RequestContext }, info) => {
      if (authorize && !authorize(typeName, fieldName, context.request.caller)) throw notAuthorized(fieldName, typeName);
      const fromSource = source !== null && typeof source === 'object' && Object.hasOwn(source, original);
      return defaultFieldResolver(source, args, context, fromSource ? { ...info, fieldName: original } : info);
    };
  }
}
