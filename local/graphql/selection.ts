import {
  Kind,
  print,
  type FieldNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type GraphQLResolveInfo,
} from 'graphql';

export type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

const fragmentsByDocument = new WeakMap<DocumentNode, Fragments>();

/** A document's fragments by name, as graphql-js's `info.fragments` has them (documents are cached, so is this). */
export function fragmentsOf(document: DocumentNode): Fragments {
  let fragments = fragmentsByDocument.get(document);
  if (!fragments) {
    fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
    fragmentsByDocument.set(document, fragments);
  }
  return fragments;
}

/**
 * Fields of a selection set with fragments flattened, keyed by response name (alias or name), in
 * the order they first appear. Each fragment is expanded once, so a document that has not been
 * validated (fragments that spread each other) ends too.
 */
export function collectFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  out = new Map<string, FieldNode[]>(),
  expanded = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      out.set(key, [...(out.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(selection.selectionSet, fragments, out, expanded);
    } else if (!expanded.has(selection.name.value)) {
      expanded.add(selection.name.value);
      const fragment = fragments[selection.name.value];
      if (fragment) collectFields(fragment.selectionSet, fragments, out, expanded);
    }
  }
  return out;
}

/** The selections of fields merged under one response name, as one selection set. */
export const subSelection = (nodes: readonly FieldNode[]): SelectionSetNode => ({
  kind: Kind.SELECTION_SET,
  selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []),
});

/**
 * `ctx.info.selectionSetList`: response names of the selected fields, fragments flattened,
 * nested fields as `parent/child` (AppSync's "Info" reference).
 */
export function selectionSetList(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): string[] {
  const list: string[] = [];
  const walk = (set: SelectionSetNode, prefix: string) => {
    for (const [key, nodes] of collectFields(set, info.fragments)) {
      if (key === '__typename') continue;
      list.push(prefix + key);
      if (nodes.some((n) => n.selectionSet)) walk(subSelection(nodes), `${prefix}${key}/`);
    }
  };
  walk(subSelection(info.fieldNodes), '');
  return list;
}

/** `ctx.info.selectionSetGraphQL`: the field's selection set as written (fragment spreads kept, not merged). */
export function selectionSetGraphQL(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): string {
  const set = info.fieldNodes[0]?.selectionSet;
  return set ? print(set) : '';
}

/**
 * Filters `util.error`'s data by the field's selection set, as AppSync does: only selected
 * fields are kept, under their response names, recursively through objects and lists.
 */
export function filterBySelection(data: unknown, info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): unknown {
  const filter = (value: unknown, set: SelectionSetNode): unknown => {
    if (Array.isArray(value)) return value.map((v) => filter(v, set));
    if (value === null || typeof value !== 'object') return value;
    const fields = collectFields(set, info.fragments);
    if (fields.size === 0) return value;
    const out: Record<string, unknown> = {};
    for (const [key, nodes] of fields) {
      const name = nodes[0]!.name.value;
      if (!Object.hasOwn(value, name)) continue;
      const child = (value as Record<string, unknown>)[name];
      out[key] = nodes.some((n) => n.selectionSet) ? filter(child, subSelection(nodes)) : child;
    }
    return out;
  };
  return info.fieldNodes.some((n) => n.selectionSet) ? filter(data, subSelection(info.fieldNodes)) : data;
}

/** A field's selection as `ctx.info` gives it; `json` is the two members as JSON object members. */
export interface SelectionInfo {
  list: string[];
  graphql: string;
  json: string;
}

const bySingleNode = new WeakMap<FieldNode, SelectionInfo>();

/**
 * Both selection-set views of a field. Documents are cached, so a field node recurs across
 * requests; its views are computed once (fields merged from several nodes are not cached).
 */
export function selectionInfo(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): SelectionInfo {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const cached = node && bySingleNode.get(node);
  if (cached) return cached;
  const list = selectionSetList(info);
  const graphql = selectionSetGraphQL(info);
  const computed = { list, graphql, json: `"selectionSetList":${JSON.stringify(list)},"selectionSetGraphQL":${JSON.stringify(graphql)}` };
  if (node) bySingleNode.set(node, computed);
  return computed;
}
