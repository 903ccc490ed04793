import {
  Kind,
  Source,
  parse,
  visit,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveDefinitionNode,
  type EnumValueDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeDefinitionNode,
  type TypeExtensionNode,
} from 'graphql';
import { CompositionError } from './composition-error.ts';
import { locationOf } from './locations.ts';

/** A source API's schema as the Merged API receives it: its name and its schema files. */
export interface SourceSchemaInput {
  name: string;
  /** Each file's path (reported in conflicts) and SDL. */
  files: { path: string; sdl: string }[];
}

/** A field, input field or enum value as one source API contributes it. */
export interface SourceMember {
  /** The name in the merged schema (after `@renamed`). */
  name: string;
  originalName: string;
  node: FieldDefinitionNode | InputValueDefinitionNode | EnumValueDefinitionNode;
  canonical: boolean;
}

/** A type as one source API contributes it: renamed, without hidden fields, extensions folded in. */
export interface SourceType {
  source: string;
  name: string;
  originalName: string;
  node: TypeDefinitionNode;
  canonical: boolean;
  /** Fields, input fields or enum values; empty for scalars and unions. */
  members: SourceMember[];
}

export interface PreparedSource {
  name: string;
  types: SourceType[];
  directives: DirectiveDefinitionNode[];
  /** Original type name → the @hidden definition (reported when something still needs it). */
  hiddenTypes: Map<string, TypeDefinitionNode>;
  /** Merged name of a type of this source API; undefined when the type is hidden. */
  typeName(original: string): string | undefined;
  /** Merged name of a field of this source API; undefined when it or its type is hidden. */
  fieldName(typeName: string, fieldName: string): string | undefined;
}

/** The AppSync directives that steer the merge; the merged schema does not keep them. */
const MERGE_DIRECTIVES = new Set(['canonical', 'hidden', 'renamed']);

type Directed = { readonly directives?: readonly ConstDirectiveNode[] };
const has = (node: Directed, name: string) => node.directives?.some((d) => d.name.value === name) ?? false;
const renamedTo = (node: Directed): string | undefined => {
  const to = node.directives?.find((d) => d.name.value === 'renamed')?.arguments?.find((a) => a.name.value === 'to')?.value;
  return to?.kind === Kind.STRING ? to.value : undefined;
};
const withoutMergeDirectives = (directives: readonly ConstDirectiveNode[] | undefined) =>
  directives?.filter((d) => !MERGE_DIRECTIVES.has(d.name.value));

/**
 * Reads one source API's schema files and applies its merge directives (https://docs.aws.amazon.com/appsync/latest/devguide/merged-api.html,
 * "Merged API schema directives"): a `@hidden` type or field is left out of the merge;
 * `@renamed(to:)` renames a type (and every reference to it within this source API) or a field;
 * `@canonical` is recorded for the merge to give this definition precedence.
 */
export function prepareSource(input: SourceSchemaInput): PreparedSource {
  const definitions = input.files.flatMap(({ path, sdl }) => parse(new Source(sdl, path)).definitions);
  const types = foldExtensions(definitions, input.name);
  const conflicts: string[] = [];

  const hiddenTypes = new Map<string, TypeDefinitionNode>();
  const typeRenames = new Map<string, string>();
  const fieldRenames = new Map<string, string>();
  const hiddenFields = new Set<string>();
  for (const type of types.values()) {
    if (has(type, 'hidden')) hiddenTypes.set(type.name.value, type);
    else if (renamedTo(type)) typeRenames.set(type.name.value, renamedTo(type)!);
    for (const field of memberNodes(type)) {
      const key = `${type.name.value}.${field.name.value}`;
      if (has(field, 'hidden')) hiddenFields.add(key);
      else if (renamedTo(field)) fieldRenames.set(key, renamedTo(field)!);
    }
  }
  const mergedTypeName = (name: string) => typeRenames.get(name) ?? name;

  // Two types of one source API may not end up with the same name.
  const byMergedName = new Map<string, TypeDefinitionNode>();
  for (const type of types.values()) {
    if (hiddenTypes.has(type.name.value)) continue;
    const name = mergedTypeName(type.name.value);
    const other = byMergedName.get(name);
    if (other) {
      const [renamed, kept] = typeRenames.has(type.name.value) ? [type, other] : [other, type];
      conflicts.push(
        `Unable to resolve conflict on type with name ${name}: @renamed gives two types of one source API the same name. ` +
          `${renamed.name.value} @renamed(to: "${name}") at ${locationOf(renamed)} and ${kept.name.value} at ${locationOf(kept)} in source API "${input.name}".`,
      );
    }
    byMergedName.set(name, type);
  }

  const prepared: SourceType[] = [];
  for (const type of types.values()) {
    if (hiddenTypes.has(type.name.value)) continue;
    const typeName = type.name.value;
    const renamed = renameReferences(type, mergedTypeName);
    const members: SourceMember[] = [];
    const memberNodesKept = memberNodes(renamed).flatMap((member) => {
      const key = `${typeName}.${member.name.value}`;
      if (hiddenFields.has(key)) return [];
      const name = fieldRenames.get(key) ?? member.name.value;
      let node: Member = { ...member, name: { ...member.name, value: name }, directives: withoutMergeDirectives(member.directives) };
      if (typeName === 'Subscription' && node.kind === Kind.FIELD_DEFINITION) node = renameSubscribedMutations(node, fieldRenames);
      members.push({ name, originalName: member.name.value, node, canonical: has(member, 'canonical') });
      return [node];
    });
    const node = {
      ...renamed,
      name: { ...renamed.name, value: mergedTypeName(typeName) },
      directives: withoutMergeDirectives(renamed.directives),
      ...('fields' in renamed && renamed.fields ? { fields: memberNodesKept } : {}),
      ...('values' in renamed && renamed.values ? { values: memberNodesKept } : {}),
    } as TypeDefinitionNode;
    prepared.push({ source: input.name, name: node.name.value, originalName: typeName, node, canonical: has(type, 'canonical'), members });
  }
  if (conflicts.length) throw new CompositionError(conflicts);

  return {
    name: input.name,
    types: prepared,
    directives: definitions.filter((d): d is DirectiveDefinitionNode => d.kind === Kind.DIRECTIVE_DEFINITION),
    hiddenTypes,
    typeName: (original) => (hiddenTypes.has(original) ? undefined : mergedTypeName(original)),
    fieldName: (typeName, fieldName) =>
      hiddenTypes.has(typeName) || hiddenFields.has(`${typeName}.${fieldName}`)
        ? undefined
        : (fieldRenames.get(`${typeName}.${fieldName}`) ?? fieldName),
  };
}

type Member = FieldDefinitionNode | InputValueDefinitionNode | EnumValueDefinitionNode;
function memberNodes(type: TypeDefinitionNode): readonly Member[] {
  if ('fields' in type && type.fields) return type.fields;
  if ('values' in type && type.values) return type.values;
  return [];
}

/** `extend type X { … }` within one source API is part of that source API's X. */
function foldExtensions(definitions: readonly DefinitionNode[], source: string): Map<string, TypeDefinitionNode> {
  const types = new Map<string, TypeDefinitionNode>();
  for (const d of definitions) if (isTypeDefinition(d)) types.set(d.name.value, d);
  for (const d of definitions) {
    if (!isTypeExtension(d)) continue;
    const base = types.get(d.name.value);
    if (!base)
      throw new CompositionError([`Source API "${source}" extends type ${d.name.value}, which it does not define (${locationOf(d)}).`]);
    const merged: Record<string, unknown> = { ...base, directives: [...(base.directives ?? []), ...(d.directives ?? [])] };
    for (const key of ['fields', 'values', 'types', 'interfaces'] as const) {
      const list = (node: object) => ((node as Record<string, unknown>)[key] as unknown[] | undefined) ?? [];
      if (key in d) merged[key] = [...list(base), ...list(d)];
    }
    types.set(d.name.value, merged as unknown as TypeDefinitionNode);
  }
  return types;
}

function renameReferences<T extends TypeDefinitionNode>(type: T, rename: (name: string) => string): T {
  return visit(type, {
    NamedType: (node) =>
      rename(node.name.value) === node.name.value ? undefined : { ...node, name: { ...node.name, value: rename(node.name.value) } },
  });
}

/** `@aws_subscribe(mutations:)` names mutations of the same source API, so it follows their renames. */
function renameSubscribedMutations(field: FieldDefinitionNode, fieldRenames: Map<string, string>): FieldDefinitionNode {
  return visit(field, {
    Directive: (directive) => {
      if (directive.name.value !== 'aws_subscribe') return undefined;
      return visit(directive, {
        StringValue: (value) => {
          const renamed = fieldRenames.get(`Mutation.${value.value}`);
          return renamed ? { ...value, value: renamed } : undefined;
        },
      });
    },
  });
}

const TYPE_DEFINITIONS: string[] = [
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
];
const TYPE_EXTENSIONS: string[] = [
  Kind.SCALAR_TYPE_EXTENSION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.UNION_TYPE_EXTENSION,
  Kind.ENUM_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_EXTENSION,
];
const isTypeDefinition = (d: DefinitionNode): d is TypeDefinitionNode => TYPE_DEFINITIONS.includes(d.kind);
const isTypeExtension = (d: DefinitionNode): d is TypeExtensionNode => TYPE_EXTENSIONS.includes(d.kind);
