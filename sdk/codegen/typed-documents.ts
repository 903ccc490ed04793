/**
 * A codegen plugin: every operation of the documents as a real DocumentNode (the operation and
 * the fragments it uses, without locations), typed with its data, its variables and the error
 * types the schema documents for each field it selects (their `Errors:` sentences), so that
 * Apollo, urql and Amplify take it as it is and the SDK's client types `errors` by it.
 * Types come from `typescript-operations` in the same file (`<Name><Query|Mutation|Subscription>`).
 */
import type { CodegenPlugin } from '@graphql-codegen/plugin-helpers';
import {
  Kind,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { documentedErrors } from './errors-line.ts';

type Config = { documentTypeImport: string };

const capitalized = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The fragments an operation spreads, directly or through other fragments, in first-use order. */
function usedFragments(root: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Unknown fragment ${name}`);
        used.set(name, fragment);
        collect(fragment);
      },
    });
  collect(root);
  return [...used.values()];
}

type SchemaType = { getFields?: () => Record<string, SchemaField> };
type SchemaField = { description?: string | null; type: { ofType?: unknown; name?: string } };

/** A field's type without its lists and non-nulls. */
const namedTypeName = (type: SchemaField['type']): string => (type.ofType ? namedTypeName(type.ofType as SchemaField['type']) : type.name!);

/**
 * Every error type documented on a field the operation selects, sorted. Walked by hand on the
 * schema's plain properties: codegen may hand over a schema of another copy of graphql (CJS),
 * whose types graphql's own helpers would refuse.
 */
function selectedErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): string[] {
  const types = new Set<string>();
  const walk = (typeName: string, selectionSet: SelectionSetNode) => {
    const fields = (schema.getType(typeName) as SchemaType | undefined)?.getFields?.() ?? {};
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)!;
        walk(fragment.typeCondition.name.value, fragment.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.typeCondition?.name.value ?? typeName, selection.selectionSet);
      } else {
        const field = fields[selection.name.value];
        if (!field) continue;
        for (const type of documentedErrors(field.description) ?? []) types.add(type);
        if (selection.selectionSet) walk(namedTypeName(field.type), selection.selectionSet);
      }
    }
  };
  const root = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' }[operation.operation];
  walk(root, operation.selectionSet);
  return [...types].sort();
}

const withoutLocations = (key: string, value: unknown) => (key === 'loc' ? undefined : value);

export const typedDocuments: CodegenPlugin<Config> = {
  plugin(schema, documents, config) {
    const definitions = documents.flatMap((file) => file.document?.definitions ?? []);
    const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d] as const));
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const [module, name] = config.documentTypeImport.split('#');
    const content = operations.map((operation) => {
      const operationName = operation.name!.value;
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...usedFragments(operation, fragments)] };
      const errorTypes = selectedErrors(schema, operation, fragments);
      const typeName = `${operationName}${capitalized(operation.operation)}`;
      const errors = errorTypes.length ? errorTypes.map((type) => `'${type}'`).join(' | ') : 'never';
      return [
        `/** Documented errors: ${errorTypes.join(', ') || 'none'}. */`,
        `export const ${operationName}Document = ${JSON.stringify(document, withoutLocations)} as unknown as ${name}<${typeName}, ${typeName}Variables, ${errors}>;`,
      ].join('\n');
    });
    return { prepend: [`import type { ${name} } from '${module}';`], content: content.join('\n\n') };
  },
};
