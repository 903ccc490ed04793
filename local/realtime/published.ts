import { Kind, type FieldNode, type GraphQLSchema } from 'graphql';
import type { AppSyncErrorJson } from '../graphql/errors.ts';
import type { RunnableRequest } from '../graphql/request.ts';
import { collectFields, subSelection, type Fragments } from '../graphql/selection.ts';

/** One root field of a mutation, as subscribers see it. */
export interface PublishedField {
  mutationField: string;
  /** The field's result as the mutation selected it, keyed by field names (aliases undone). */
  payload: unknown;
}

const listeners = new WeakMap<GraphQLSchema, Map<string, string[]>>();

/** The subscription fields whose `@aws_subscribe(mutations: [...])` names the mutation field. */
export function subscribersOf(schema: GraphQLSchema, mutationField: string): string[] {
  let byMutation = listeners.get(schema);
  if (!byMutation) {
    byMutation = new Map();
    for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
      const directive = field.astNode?.directives?.find((d) => d.name.value === 'aws_subscribe');
      const mutations = directive?.arguments?.find((a) => a.name.value === 'mutations')?.value;
      if (mutations?.kind !== Kind.LIST) continue;
      for (const m of mutations.values) {
        if (m.kind !== Kind.STRING) continue;
        byMutation.set(m.value, [...(byMutation.get(m.value) ?? []), field.name]);
      }
    }
    listeners.set(schema, byMutation);
  }
  return byMutation.get(mutationField) ?? [];
}

/**
 * The root fields a mutation publishes: each that resolved to a value with no error at or under it
 * (a failed mutation notifies nobody; a publisher that cannot read a selected field publishes
 * nothing, since its field fails with Unauthorized: test/realtime/semantics.test.ts, "is nothing when
 * the mutation fails").
 */
export function publishedFields(
  request: RunnableRequest,
  data: unknown,
  errors: readonly AppSyncErrorJson[] | undefined,
): PublishedField[] {
  if (request.operation.operation !== 'mutation' || data === null || typeof data !== 'object') return [];
  const failed = new Set((errors ?? []).map((e) => e.path?.[0]).filter((key) => key !== undefined));
  const published: PublishedField[] = [];
  for (const [key, nodes] of request.rootFields) {
    if (isTypename(nodes)) continue;
    const value = (data as Record<string, unknown>)[key];
    if (value === null || value === undefined || failed.has(key)) continue;
    published.push({ mutationField: nodes[0]!.name.value, payload: byFieldName(value, nodes, request.fragments) });
  }
  return published;
}

/** `__typename` is not data. */
const isTypename = (nodes: readonly FieldNode[]) => nodes[0]!.name.value === '__typename';

/** A response value re-keyed from response names to field names, recursively. */
function byFieldName(value: unknown, nodes: readonly FieldNode[], fragments: Fragments): unknown {
  if (Array.isArray(value)) return value.map((item) => byFieldName(item, nodes, fragments));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, children] of collectFields(subSelection(nodes), fragments)) {
    if (isTypename(children) || !Object.hasOwn(value, key)) continue;
    out[children[0]!.name.value] = byFieldName((value as Record<string, unknown>)[key], children, fragments);
  }
  return out;
}
