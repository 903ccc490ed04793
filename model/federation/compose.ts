import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, Source, buildASTSchema, parse, print, validateSchema, visit, type DocumentNode, type GraphQLError } from 'graphql';
import { PROJECT_ROOT } from '../project-root.ts';
import { CompositionError } from './composition-error.ts';
import { fileOf, locationOf } from './locations.ts';
import { mergeTypes, type MergedType } from './merge-types.ts';
import { prepareSource, type PreparedSource, type SourceSchemaInput } from './source-schema.ts';

/** A resolver a source API attaches to one of its fields; `file` is its code, for conflict reports. */
export interface SourceResolver {
  typeName: string;
  fieldName: string;
  file?: string;
}

export interface ComposeInput extends SourceSchemaInput {
  resolvers: SourceResolver[];
}

/** Where a merged field's resolver comes from: the source API and the field's name there. */
export interface ImportedResolver {
  source: string;
  typeName: string;
  fieldName: string;
}

export interface MergedSchema {
  /** The merged SDL: without AppSync's own scalars and directives, and without merge directives. */
  sdl: string;
  document: DocumentNode;
  /** Merged `Type.field` → the resolver imported from a source API. */
  resolvers: Map<string, ImportedResolver>;
  /** Merged `Type.field` → the field's name in its source API, for fields `@renamed` there. */
  renamedFields: Map<string, string>;
  /** Source API name → merged `Type.field` → its own `Type.field`, for every field it contributes. */
  fieldsBySource: Map<string, Map<string, string>>;
}

const BUILTINS_FILE = 'schema/appsync-builtins.graphql';
const GRAPHQL_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/**
 * Composes the source APIs' schemas into the Merged API's schema, as AppSync does at merge time
 * (build-time composition: https://docs.aws.amazon.com/appsync/latest/devguide/merged-api.html,
 * "Merged APIs and Federation"), and works out which source API's resolver serves each merged
 * field. Refuses, with every conflict listed, what AppSync would refuse to merge: conflicting
 * definitions, a field resolved by two source APIs, a type no source API contributes, or a merged
 * schema that is not valid GraphQL.
 */
export function composeMergedSchema(inputs: ComposeInput[]): MergedSchema {
  const builtins = parse(new Source(readFileSync(path.join(PROJECT_ROOT, BUILTINS_FILE), 'utf8'), BUILTINS_FILE));
  const conflicts: string[] = [];
  const sources: PreparedSource[] = [];
  for (const input of inputs) {
    try {
      sources.push(prepareSource(input));
    } catch (e) {
      if (!(e instanceof CompositionError)) throw e;
      conflicts.push(...e.conflicts);
    }
  }
  if (conflicts.length) throw new CompositionError(conflicts);
  const merged = mergeTypes(sources);
  conflicts.push(...merged.conflicts);

  const sourceOfFile = new Map(inputs.flatMap((input) => input.files.map((f) => [f.path, input.name] as const)));
  const { resolvers, renamedFields, fieldsBySource } = importResolvers(inputs, sources, merged.types, conflicts);
  if (!conflicts.length) conflicts.push(...unknownTypes(merged.types, builtins, sources, sourceOfFile));

  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [...merged.directives, ...merged.types.map((t) => t.node)] };
  if (!conflicts.length) conflicts.push(...invalidSchema(builtins, document, sourceOfFile));
  if (conflicts.length) throw new CompositionError(conflicts);
  return { sdl: `${print(document)}\n`, document, resolvers, renamedFields, fieldsBySource };
}

/**
 * A source API's resolver is imported for a field it contributes to the merged schema; one on a
 * field that is `@hidden`, or whose definition lost to a `@canonical` one, is not imported. A
 * field may have a resolver in only one source API (https://docs.aws.amazon.com/appsync/latest/devguide/merged-api.html,
 * "Managing resolver conflicts on shared types").
 */
function importResolvers(inputs: ComposeInput[], sources: PreparedSource[], types: MergedType[], conflicts: string[]) {
  const typesByName = new Map(types.map((t) => [t.name, t]));
  const resolvers = new Map<string, ImportedResolver & { file?: string }>();
  const renamedFields = new Map<string, string>();
  const fieldsBySource = new Map<string, Map<string, string>>();
  for (const type of types) {
    for (const member of type.members.values()) {
      if (member.node.kind !== Kind.FIELD_DEFINITION) continue;
      for (const definition of type.definitions.filter((d) => member.contributors.includes(d.source))) {
        const own = definition.members.find((m) => m.name === member.name)!;
        const fields = fieldsBySource.get(definition.source) ?? new Map<string, string>();
        fields.set(`${type.name}.${member.name}`, `${definition.originalName}.${own.originalName}`);
        fieldsBySource.set(definition.source, fields);
        if (own.originalName !== member.name && !renamedFields.has(`${type.name}.${member.name}`)) {
          renamedFields.set(`${type.name}.${member.name}`, own.originalName);
        }
      }
    }
  }
  inputs.forEach((input, i) => {
    const source = sources[i]!;
    for (const resolver of input.resolvers) {
      const typeName = source.typeName(resolver.typeName);
      const fieldName = typeName && source.fieldName(resolver.typeName, resolver.fieldName);
      const member = fieldName ? typesByName.get(typeName!)?.members.get(fieldName) : undefined;
      if (!member || !member.contributors.includes(input.name)) continue;
      const key = `${typeName}.${fieldName}`;
      const seen = resolvers.get(key);
      if (seen) {
        conflicts.push(
          `Unable to resolve conflict on resolver with name ${key}: Merging is not supported for a field with a resolver in more than one source API. ` +
            `${key} has a resolver in ${resolverSide(seen, sources)} and in ${resolverSide({ source: input.name, ...resolver }, sources)}.`,
        );
        continue;
      }
      resolvers.set(key, { source: input.name, typeName: resolver.typeName, fieldName: resolver.fieldName, file: resolver.file });
    }
  });
  const imported = new Map([...resolvers].map(([key, { source, typeName, fieldName }]) => [key, { source, typeName, fieldName }]));
  return { resolvers: imported, renamedFields, fieldsBySource };
}

function resolverSide(resolver: ImportedResolver & { file?: string }, sources: PreparedSource[]): string {
  const source = sources.find((s) => s.name === resolver.source)!;
  const type = source.types.find((t) => t.originalName === resolver.typeName);
  const field = type?.members.find((m) => m.originalName === resolver.fieldName);
  const where = [resolver.file, `field at ${locationOf(field?.node)}`].filter(Boolean).join('; ');
  return `source API "${resolver.source}" (${where})`;
}

/** Every type a merged definition refers to must be contributed by some source API (or be AppSync's own). */
function unknownTypes(types: MergedType[], builtins: DocumentNode, sources: PreparedSource[], sourceOfFile: Map<string, string>): string[] {
  const known = new Set([
    ...GRAPHQL_SCALARS,
    ...types.map((t) => t.name),
    ...builtins.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])),
  ]);
  const conflicts: string[] = [];
  for (const type of types) {
    visit(type.node, {
      NamedType: (node) => {
        const name = node.name.value;
        if (known.has(name)) return;
        const source = sourceOfFile.get(fileOf(node) ?? '') ?? 'unknown';
        const hidden = sources.find((s) => s.name === source)?.hiddenTypes.get(name);
        conflicts.push(
          `Unable to resolve type with name ${name}: no source API contributes it to the merged schema. ` +
            `It is referenced in source API "${source}" (${locationOf(node)})` +
            (hidden ? `, whose own definition is @hidden (${locationOf(hidden)}).` : '.'),
        );
      },
    });
  }
  return conflicts;
}

/** What graphql-js (and AppSync's merge) reject in the merged schema, e.g. an interface field an implementation lacks. */
function invalidSchema(builtins: DocumentNode, document: DocumentNode, sourceOfFile: Map<string, string>): string[] {
  let errors: readonly GraphQLError[];
  try {
    errors = validateSchema(buildASTSchema({ kind: Kind.DOCUMENT, definitions: [...builtins.definitions, ...document.definitions] }));
  } catch (e) {
    return [`The merged schema is invalid: ${(e as Error).message}`];
  }
  return errors.map((error) => {
    const where = (error.nodes ?? [])
      .filter((n) => n.loc && n.loc.source.name !== BUILTINS_FILE)
      .map((n) => `source API "${sourceOfFile.get(fileOf(n)!) ?? 'unknown'}" (${locationOf(n)})`);
    return `The merged schema is invalid: ${error.message}${where.length ? ` In ${[...new Set(where)].join(' and ')}.` : ''}`;
  });
}
