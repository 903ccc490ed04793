import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AppSyncErrorJson } from '../graphql/error-json.ts';

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
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: unknown,
  errors: readonly AppSyncErrorJson[] | undefined,
): PublishedField[] {
  if (operation.operation !== 'mutation' || data === null || typeof data !== 'object') return [];
  const fragments = fragmentsOf(document);
  const failed = new Set((errors ?? []).map((e) => e.path?.[0]).filter((key) => key !== undefined));
  const published: PublishedField[] = [];
  for (const [key, nodes] of collectFields(operation.selectionSet, fragments)) {
    const value = (data as Record<string, unknown>)[key];
    if (value === null || value === undefined || failed.has(key)) continue;
    published.push({ mutationField: nodes[0]!.name.value, payload: byFieldName(value, nodes, fragments) });
  }
  return published;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
}

/** Fields of a selection set by response name, fragments flattened; `__typename` is not data. */
function collectFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  out = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__typename') continue;
      const key = selection.alias?.value ?? selection.name.value;
      out.set(key, [...(out.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, fragments, out, visited);
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) collectFields(fragment.selectionSet, fragments, out, visited);
    }
  }
  return out;
}

/** A response value re-keyed from response names to field names, recursively. */
function byFieldName(value: unknown, nodes: readonly FieldNode[], fragments: Map<string, FragmentDefinitionNode>): unknown {
  if (Array.isArray(value)) return value.map((item) => byFieldName(item, nodes, fragments));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const set: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []) };
  for (const [key, children] of collectFields(set, fragments)) {
    if (!Object.hasOwn(value, key)) continue;
    out[children[0]!.name.value] = byFieldName((value as Record<string, unknown>)[key], children, fragments);
  }
  return out;
}
