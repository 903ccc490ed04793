import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStreamIds } from '../../demo/live.ts';
import { seedDemoData } from '../../demo/seed.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import { IsolatedSandbox } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { MERGED_SDL_FILE } from '../../model/federation/merged-sdl-file.ts';
import { Executor } from '../../local/graphql/executor.ts';
import { buildAppSyncSchema } from '../../model/schema/appsync-schema.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  createClient,
  LiveNowDocument,
  LiveStreamDocument,
  OnLiveStreamEventDocument,
  RequestRefusedError,
  SendCommentDocument,
  ShopBySlugDocument,
  type OnLiveStreamEventSubscription,
  type OnLiveStreamEventSubscriptionVariables,
} from '../../sdk/index.ts';
import { EVENT_FIELDS } from '../live/support.ts';
import { RealtimeClient } from '../realtime/support.ts';
import { startTestRuntime } from '../support/runtime.ts';

const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'sdk/operations');

const operationFiles = () => readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql'));

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
  it('are each valid on the Merged API endpoint, checked as the endpoint checks every request', () => {
    // Prepare
    const schema = buildAppSyncSchema(readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8'));
    const endpoint = new Executor({ schema, sandbox: new IsolatedSandbox(), resolvers: new Map(), env: {} });
    const files = operationFiles();
    // Act
    const refusals = files.flatMap((file) => {
      const prepared = endpoint.prepare(readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'));
      return 'response' in prepared ? [{ file, errors: prepared.response.errors }] : [];
    });
    // Assess
    expect(files.length).toBeGreaterThan(0);
    expect(refusals).toEqual([]);
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

describe('The SDK against the local Merged API', () => {
  let runtime: LocalRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime(videoshopsApi, { seed: seedDemoData });
  });
  afterAll(async () => {
    await runtime?.stop();
  });

  it('sends a typed operation to the public endpoint and returns its typed data', async () => {
    // Prepare
    const client = createClient({ url: runtime.url, headers: () => ({ 'x-api-key': runtime.apiKey }) });
    // Act
    const { data, errors } = await client.request(ShopBySlugDocument, { slug: 'cora-cooks' });
    // Assess
    expect(errors).toEqual([]);
    expect(data?.shopBySlug).toMatchObject({ slug: 'cora-cooks', title: 'Cora Cooks', creator: { displayName: expect.any(String) } });
  });

  it('watches and comments on the demo live stream with typed live operations, and a subscriber receives the event the mutation returned', async () => {
    // Prepare
    const streamId = demoStreamIds().live;
    const viewer = createClient({ url: runtime.url, headers: () => ({ 'x-api-key': runtime.apiKey }) });
    const { idToken } = await runtime.auth.userPool.tokensFor('sdk-shopper', { groups: ['shoppers'] });
    const shopper = createClient({ url: runtime.url, headers: () => ({ authorization: idToken }) });
    const realtime = await RealtimeClient.connect(runtime, { apiKey: runtime.apiKey });
    const variables: OnLiveStreamEventSubscriptionVariables = { streamId, kinds: ['COMMENT_POSTED'] };
    try {
      const subscription = await realtime.subscribe({ apiKey: runtime.apiKey }, OnLiveStreamEventDocument.toString(), variables);
      // Act
      const liveNow = await viewer.request(LiveNowDocument, {});
      const stream = await viewer.request(LiveStreamDocument, { id: streamId });
      const sent = await shopper.request(SendCommentDocument, { streamId, text: 'Does the pan work on induction?' });
      const received = (await realtime.data(subscription)).data as OnLiveStreamEventSubscription;
      // Assess
      expect([liveNow.errors, stream.errors, sent.errors]).toEqual([[], [], []]);
      expect(liveNow.data?.liveNow.items.map((s) => s.id)).toContain(streamId);
      expect(stream.data?.liveStream).toMatchObject({
        status: 'LIVE',
        shop: { slug: 'cora-cooks' },
        pinned: { product: { title: expect.any(String) } },
      });
      expect(sent.data?.sendComment).toMatchObject({ kind: 'COMMENT_POSTED', comment: { text: 'Does the pan work on induction?' } });
      expect(received.onLiveStreamEvent).toEqual(sent.data?.sendComment);
    } finally {
      realtime.close();
    }
  });

  it('raises a request AppSync refuses as a whole with its errorType', async () => {
    // Prepare
    const client = createClient({ url: runtime.url, headers: () => ({ 'x-api-key': 'da2-not-a-key' }) });
    // Act
    const refused = await client.request(ShopBySlugDocument, { slug: 'cora-cooks' }).catch((e: unknown) => e);
    // Assess
    expect(refused).toBeInstanceOf(RequestRefusedError);
    expect((refused as RequestRefusedError).status).toBe(401);
    expect((refused as RequestRefusedError).errors[0]?.errorType).toBe('UnauthorizedException');
  });
});
