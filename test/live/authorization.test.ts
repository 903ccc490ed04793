import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { liveApi } from '../../model/apis/live.ts';
import { appSyncAuthHeaders } from '../../local/auth/request-headers.ts';
import { buildAppSyncSchema, readSchemaSdl } from '../../model/schema/appsync-schema.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { allowed, denied, outcomeOf, PERMISSION_DENIED, type Outcome } from '../auth/outcomes.ts';
import { startSubscription } from '../auth/realtime-start.ts';
import { post } from '../support/runtime.ts';
import {
  COMMENT,
  anonymous,
  backend,
  expectData,
  liveStream,
  product,
  scheduledStream,
  signIn,
  startLiveRuntime,
  type Caller,
} from './support.ts';

/**
 * The authorization matrix of the live operations on the public (merged) endpoint: every
 * operation × every kind of caller, as AppSync decides before any resolver runs (auth modes,
 * groups, IAM grants). `allowed` means the resolver ran; its business answer (FORBIDDEN,
 * STREAM_NOT_LIVE, …) is the other tests' concern.
 */
const CALLERS = ['apiKey', 'shopper', 'creator', 'brand', 'admin', 'aggregator', 'orderPublisher', 'ungrantedPrincipal'] as const;
type Who = (typeof CALLERS)[number];

const A = allowed;
const R = PERMISSION_DENIED;
const D = (field: string, type = 'Mutation') => denied([field, type]);

interface Fixture {
  liveId: string;
  scheduledId: string;
  productId: string;
  commentId: string;
  userId: string;
}

interface Row {
  query: string;
  variables: (f: Fixture) => Record<string, unknown>;
  expected: Record<Who, Outcome>;
}

const users = (outcome: Outcome) => ({ shopper: outcome, creator: outcome, brand: outcome, admin: outcome });
const iam = (outcome: Outcome) => ({ aggregator: outcome, orderPublisher: outcome, ungrantedPrincipal: outcome });
/** A mutation for some groups only; the API key and IAM callers are denied by the field's directive or refused by their policy. */
const groups = (field: string, allowedUsers: (keyof ReturnType<typeof users>)[]) => ({
  apiKey: D(field),
  ...users(D(field)),
  ...Object.fromEntries(allowedUsers.map((u) => [u, A])),
  ...iam(R),
});

const ROWS: Record<string, Row> = {
  'Query.liveStream': {
    query: 'query ($id: ID!) { liveStream(id: $id) { id shop { liveStreams { items { id } } } } }',
    variables: (f) => ({ id: f.liveId }),
    expected: { apiKey: A, ...users(A), ...iam(R) },
  },
  'Query.liveNow': {
    query: '{ liveNow { items { id } } }',
    variables: () => ({}),
    expected: { apiKey: A, ...users(A), ...iam(R) },
  },
  'Query.liveComments': {
    query: 'query ($id: ID!) { liveComments(streamId: $id) { items { id } } }',
    variables: (f) => ({ id: f.liveId }),
    expected: { apiKey: A, ...users(A), ...iam(R) },
  },
  'Mutation.scheduleLiveStream': {
    query: 'mutation { scheduleLiveStream(input: { title: "Matrix" }) { id } }',
    variables: () => ({}),
    expected: groups('scheduleLiveStream', ['creator']),
  },
  'Mutation.startLiveStream': {
    query: 'mutation ($id: ID!) { startLiveStream(id: $id) { streamId kind } }',
    variables: (f) => ({ id: f.scheduledId }),
    expected: groups('startLiveStream', ['creator']),
  },
  'Mutation.endLiveStream': {
    query: 'mutation { endLiveStream(id: "NO-SUCH-STREAM") { streamId kind } }',
    variables: () => ({}),
    expected: groups('endLiveStream', ['creator', 'admin']),
  },
  'Mutation.pinProduct': {
    query: 'mutation ($id: ID!, $productId: ID!) { pinProduct(streamId: $id, productId: $productId) { streamId kind } }',
    variables: (f) => ({ id: f.liveId, productId: f.productId }),
    expected: groups('pinProduct', ['creator']),
  },
  'Mutation.sendComment': {
    query: 'mutation ($id: ID!) { sendComment(streamId: $id, text: "matrix") { streamId kind } }',
    variables: (f) => ({ id: f.liveId }),
    expected: groups('sendComment', ['shopper', 'creator', 'brand', 'admin']),
  },
  'Mutation.deleteComment': {
    query: 'mutation ($id: ID!) { deleteComment(streamId: $id, commentId: "NO-SUCH-COMMENT") { streamId kind } }',
    variables: (f) => ({ id: f.liveId }),
    expected: groups('deleteComment', ['creator', 'admin']),
  },
  'Mutation.banFromStream': {
    query: 'mutation ($id: ID!, $userId: ID!) { banFromStream(streamId: $id, userId: $userId) { streamId kind } }',
    variables: (f) => ({ id: f.liveId, userId: f.userId }),
    expected: groups('banFromStream', ['creator', 'admin']),
  },
  'Mutation.updateViewerCount': {
    query: 'mutation ($id: ID!) { updateViewerCount(streamId: $id, viewerCount: 10) { streamId kind viewerCount } }',
    variables: (f) => ({ id: f.liveId }),
    expected: { apiKey: D('updateViewerCount'), ...users(D('updateViewerCount')), aggregator: A, orderPublisher: R, ungrantedPrincipal: R },
  },
  'Mutation.publishLiveOrderPlaced': {
    query:
      'mutation ($id: ID!) { publishLiveOrderPlaced(input: { streamId: $id, orderId: "O", productId: "P", quantity: 1 }) { streamId kind } }',
    variables: (f) => ({ id: f.liveId }),
    expected: {
      apiKey: D('publishLiveOrderPlaced'),
      ...users(D('publishLiveOrderPlaced')),
      aggregator: R,
      orderPublisher: A,
      ungrantedPrincipal: R,
    },
  },
  'Subscription.onLiveStreamEvent': {
    query: 'subscription ($id: ID!) { onLiveStreamEvent(streamId: $id) { streamId kind } }',
    variables: (f) => ({ id: f.liveId }),
    expected: { apiKey: A, ...users(A), ...iam(R) },
  },
};

describe('authorization matrix of the live operations', () => {
  let runtime: LocalRuntime;
  let callers: Record<Who, Caller>;
  let fixture: Fixture;

  beforeAll(async () => {
    runtime = await startLiveRuntime();
    const { creator, stream } = await liveStream(runtime);
    const scheduled = await scheduledStream(creator);
    const shopper = await signIn(runtime, ['shoppers']);
    const comment = expectData(await shopper.call(COMMENT, { streamId: stream.id, text: 'first' })).sendComment.comment;
    callers = {
      apiKey: anonymous(runtime),
      shopper,
      creator,
      brand: await signIn(runtime, ['brands']),
      admin: await signIn(runtime, ['admins']),
      aggregator: backend(runtime, 'viewerCountAggregator'),
      orderPublisher: backend(runtime, 'orderWorkflow'),
      ungrantedPrincipal: backend(runtime, 'matrixNobody'),
    };
    fixture = {
      liveId: stream.id,
      scheduledId: scheduled.id,
      productId: (await product(runtime)).id,
      commentId: comment.id,
      userId: shopper.sub,
    };
  });

  afterAll(() => runtime?.stop());

  it('has a row for every operation of the live schema, and none for an operation it no longer has', () => {
    // Prepare
    const schema = buildAppSyncSchema(readSchemaSdl(liveApi.schemaFiles));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter(isObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));

    // Assess
    expect(Object.keys(ROWS).sort()).toEqual(operations.sort());
  });

  for (const [operation, row] of Object.entries(ROWS)) {
    it(`${operation}`, async () => {
      // Act
      const outcomes: Record<string, Outcome> = {};
      for (const who of CALLERS) {
        const caller = callers[who];
        if (operation.startsWith('Subscription.')) {
          outcomes[who] = await startSubscription(runtime, caller.auth, row.query, row.variables(fixture));
        } else {
          const body = JSON.stringify({ query: row.query, variables: row.variables(fixture) });
          outcomes[who] = outcomeOf(await post(runtime.url, body, await appSyncAuthHeaders(caller.auth, { url: runtime.url, body })));
        }
      }

      // Assess
      expect(outcomes).toEqual(row.expected);
    });
  }
});
