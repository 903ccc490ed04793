import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { IsolatedSandbox } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { MERGED_SDL_FILE } from '../../model/federation/merged-sdl-file.ts';
import { Executor } from '../../local/graphql/executor.ts';
import { buildAppSyncSchema } from '../../model/schema/appsync-schema.ts';
import * as backendEntry from '../../sdk/src/backend.ts';
import * as clientEntry from '../../sdk/src/index.ts';
import { EVENT_FIELDS } from '../live/support.ts';

const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'sdk/operations');

const operationFiles = () => readdirSync(OPERATIONS_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));

/** Every generated document of an entry, by export name. */
const documentsOf = (entry: Record<string, unknown>) =>
  Object.entries(entry).filter((e): e is [string, DocumentNode] => e[0].endsWith('Document'));

/** The auth directives on a root field of the Merged API. */
function rootFieldAuth(schema: GraphQLSchema, document: DocumentNode): string[] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const root = schema.getRootType(operation.operation)!;
  const field = operation.selectionSet.selections[0]!;
  const definition = root.getFields()[field.kind === Kind.FIELD ? field.name.value : '']!;
  const directives = definition.astNode?.directives?.length ? definition.astNode.directives : root.astNode?.directives;
  return (directives ?? []).map((d) => d.name.value).filter((name) => name !== 'aws_subscribe');
}

/** The fields a selection set selects, fragments inlined, sorted: equal when two select the same. */
function selected(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string {
  const fields = (set: SelectionSetNode): string[] =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) return fields(fragments.get(selection.name.value)!.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return fields(selection.selectionSet);
      return [selection.selectionSet ? `${selection.name.value} ${selected(selection.selectionSet, fragments)}` : selection.name.value];
    });
  return `{ ${fields(selectionSet).sort().join(' ')} }`;
}

describe('The SDK operations', () => {
  it('are each, as the SDK sends it, valid on the Merged API endpoint, checked as the endpoint checks every request', () => {
    // Prepare
    const schema = buildAppSyncSchema(readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8'));
    const endpoint = new Executor({ schema, sandbox: new IsolatedSandbox(), resolvers: new Map(), env: {} });
    const documents = [...documentsOf(clientEntry), ...documentsOf(backendEntry)];
    // Act
    const refusals = documents.flatMap(([name, document]) => {
      const prepared = endpoint.prepare(print(document));
      return 'response' in prepared ? [{ name, errors: prepared.response.errors }] : [];
    });
    // Assess
    expect(documents.length).toBeGreaterThan(40);
    expect(refusals).toEqual([]);
  });

  it('put the IAM-only operations in @videoshops/sdk/backend and every other one in @videoshops/sdk', () => {
    // Prepare
    const schema = buildAppSyncSchema(readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8'));
    const iamOnly = ([, document]: [string, DocumentNode]) => rootFieldAuth(schema, document).join() === 'aws_iam';
    // Act
    const frontEndsIamOnly = documentsOf(clientEntry)
      .filter(iamOnly)
      .map(([name]) => name);
    const backendOpenToOthers = documentsOf(backendEntry)
      .filter((d) => !iamOnly(d))
      .map(([name]) => name);
    // Assess
    expect(documentsOf(backendEntry).map(([name]) => name)).toContain('PublishOrderUpdateDocument');
    expect(frontEndsIamOnly).toEqual([]);
    expect(backendOpenToOthers).toEqual([]);
  });

  it('select the whole event in every mutation that publishes to onLiveStreamEvent, exactly as the subscription does', () => {
    // Prepare: subscribers receive an event as the publishing mutation selected it
    const sdl = parse(readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8'));
    const subscriptionField = sdl.definitions
      .flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Subscription' ? (d.fields ?? []) : []))
      .find((f) => f.name.value === 'onLiveStreamEvent')!;
    const subscribe = subscriptionField.directives!.find((d) => d.name.value === 'aws_subscribe')!.arguments![0]!.value;
    const publishers = subscribe.kind === Kind.LIST ? subscribe.values.map((v) => (v.kind === Kind.STRING ? v.value : '')) : [];
    const documents = operationFiles().map((file) => parse(readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')));
    const definitions = documents.flatMap((d) => d.definitions);
    const fragments = new Map(definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const rootSelection = (operation: OperationDefinitionNode) => {
      const field = operation.selectionSet.selections[0]!;
      return field.kind === Kind.FIELD ? { name: field.name.value, selected: selected(field.selectionSet!, fragments) } : undefined;
    };
    const liveTestsSelection = (parse(`{ ${EVENT_FIELDS} }`).definitions[0] as OperationDefinitionNode).selectionSet;
    // Act
    const subscription = operations.map(rootSelection).find((root) => root?.name === 'onLiveStreamEvent');
    const mutations = operations.filter((o) => o.operation === 'mutation').map(rootSelection);
    // Assess
    expect(publishers.length).toBeGreaterThan(1);
    expect(subscription?.selected, 'the whole event, as the live tests select it').toBe(selected(liveTestsSelection, fragments));
    for (const publisher of publishers) {
      expect(mutations.find((m) => m?.name === publisher)?.selected, `the SDK's ${publisher}`).toBe(subscription?.selected);
    }
  });
});
