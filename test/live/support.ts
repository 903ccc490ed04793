import { randomBytes } from 'node:crypto';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { videoshopsApi } from '../../model/videoshops.ts';
import { appSyncAuthHeaders, type AppSyncCaller } from '../../local/auth/request-headers.ts';
import type { LocalRuntime, LocalRuntimeOptions } from '../../local/runtime.ts';
import { recommendationKey } from '../../resolvers/recommendations/keys.ts';
import { post, startTestRuntime, type HttpResult } from '../support/runtime.ts';
import { expectData, expectError, freshUser, tableItems } from '../shops/support.ts';

export const startLiveRuntime = (options: Partial<LocalRuntimeOptions> = {}) => startTestRuntime(videoshopsApi, options);

/** A source API's own endpoint (the live API's tests go through it, as its team's tools do), or the public Merged API's. */
export type SourceApi = 'live' | 'shops' | 'public';

export const endpointOf = (runtime: LocalRuntime, api: SourceApi) =>
  api === 'public' ? runtime.url : runtime.url.replace(/\/graphql$/, `/source/${api}/graphql`);

/** A GraphQL client for one caller of the runtime: a user pool user, the API key, or a backend principal with IAM. */
export interface Caller {
  sub: string;
  auth: AppSyncCaller;
  call(query: string, variables?: Record<string, unknown>, api?: SourceApi): Promise<HttpResult>;
}

export async function send(
  runtime: LocalRuntime,
  auth: AppSyncCaller,
  query: string,
  variables?: Record<string, unknown>,
  api: SourceApi = 'live',
) {
  const url = endpointOf(runtime, api);
  const body = JSON.stringify({ query, variables });
  return post(url, body, await appSyncAuthHeaders(auth, { url, body }));
}

const callerOf = (runtime: LocalRuntime, sub: string, auth: AppSyncCaller): Caller => ({
  sub,
  auth,
  call: (query, variables, api) => send(runtime, auth, query, variables, api),
});

/** A fresh user of the runtime's pool in these groups, signed in with an ID token, as the apps do. */
export async function signIn(runtime: LocalRuntime, groups: string[], name = groups[0] ?? 'user'): Promise<Caller> {
  const { sub, idToken } = await freshUser(runtime, groups, name);
  return callerOf(runtime, sub, { userPoolToken: idToken });
}

export const anonymous = (runtime: LocalRuntime): Caller => callerOf(runtime, '', { apiKey: runtime.apiKey });

/** A backend principal signing with the credentials the runtime gives its Lambda handlers. */
export const backend = (runtime: LocalRuntime, principal: string): Caller =>
  callerOf(runtime, '', { iam: runtime.auth.iam.principal(principal).credentials, region: runtime.auth.iam.region });

export const aggregator = (runtime: LocalRuntime) => backend(runtime, 'viewerCountAggregator');

/** The whole event, as the apps select it: subscribers get what the mutation selected. */
export const EVENT_FIELDS = `streamId kind at
  stream { id shopId creatorId title status scheduledAt startedAt endedAt viewerCount }
  pin { id streamId productId commissionRateBps fromRecommendation pinnedAt product { id title price { amount currency } } }
  comment { id streamId authorId authorName text createdAt }
  commentId bannedUserId viewerCount
  order { orderId productId quantity buyerDisplayName }`;

export const STREAM_FIELDS = `id shopId creatorId title description status scheduledAt startedAt endedAt viewerCount createdAt updatedAt
  pinned { id productId commissionRateBps fromRecommendation pinnedAt product { id title } }`;

export const SCHEDULE = `mutation ($input: ScheduleLiveStreamInput!) { scheduleLiveStream(input: $input) { ${STREAM_FIELDS} } }`;
export const START = `mutation ($id: ID!) { startLiveStream(id: $id) { ${EVENT_FIELDS} } }`;
export const END = `mutation ($id: ID!) { endLiveStream(id: $id) { ${EVENT_FIELDS} } }`;
export const PIN = `mutation ($streamId: ID!, $productId: ID!) { pinProduct(streamId: $streamId, productId: $productId) { ${EVENT_FIELDS} } }`;
export const COMMENT = `mutation ($streamId: ID!, $text: String!) { sendComment(streamId: $streamId, text: $text) { ${EVENT_FIELDS} } }`;
export const DELETE_COMMENT = `mutation ($streamId: ID!, $commentId: ID!) { deleteComment(streamId: $streamId, commentId: $commentId) { ${EVENT_FIELDS} } }`;
export const BAN = `mutation ($streamId: ID!, $userId: ID!) { banFromStream(streamId: $streamId, userId: $userId) { ${EVENT_FIELDS} } }`;
export const VIEWERS = `mutation ($streamId: ID!, $viewerCount: Int!) { updateViewerCount(streamId: $streamId, viewerCount: $viewerCount) { ${EVENT_FIELDS} } }`;
export const ORDER_PLACED = `mutation ($input: LiveOrderPlacedInput!) { publishLiveOrderPlaced(input: $input) { ${EVENT_FIELDS} } }`;
export const STREAM = `query ($id: ID!) { liveStream(id: $id) { ${STREAM_FIELDS} shop { id slug title } } }`;
export const LIVE_NOW = `query ($limit: Int, $nextToken: String) { liveNow(limit: $limit, nextToken: $nextToken) { items { id status startedAt } nextToken } }`;
export const COMMENTS = `query ($streamId: ID!, $limit: Int, $nextToken: String) {
  liveComments(streamId: $streamId, limit: $limit, nextToken: $nextToken) { items { id streamId authorId authorName text createdAt } nextToken }
}`;

/** A creator with a profile and a shop, made through the shops API. */
export async function creatorWithShop(runtime: LocalRuntime, displayName = 'Live Creator') {
  const user = await signIn(runtime, ['creators'], 'creator');
  expectData(
    await user.call(
      'mutation ($input: CreateCreatorProfileInput!) { createCreatorProfile(input: $input) { id } }',
      { input: { displayName } },
      'shops',
    ),
  );
  const slug = `live-${randomBytes(4).toString('hex')}`;
  const shop = expectData(
    await user.call(
      'mutation ($input: CreateShopInput!) { createShop(input: $input) { id slug title } }',
      { input: { slug, title: `Shop ${slug}` } },
      'shops',
    ),
  ).createShop as { id: string; slug: string; title: string };
  return { user, shop };
}

/** A product of a fresh brand, made through the shops API. */
export async function product(runtime: LocalRuntime, overrides: Record<string, unknown> = {}) {
  const admin = await signIn(runtime, ['admins'], 'admin');
  const owner = await signIn(runtime, ['brands'], 'brand');
  const brand = expectData(
    await admin.call(
      'mutation ($input: CreateBrandInput!) { createBrand(input: $input) { id } }',
      { input: { name: 'Live Brand', ownerId: owner.sub } },
      'shops',
    ),
  ).createBrand;
  const input = {
    brandId: brand.id,
    title: 'Copper Saucepan',
    price: { amount: 12900, currency: 'USD' },
    inventory: 40,
    commissionRateBps: 1200,
    returnWindowDays: 30,
    ...overrides,
  };
  return expectData(
    await owner.call(
      'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id title commissionRateBps } }',
      { input },
      'shops',
    ),
  ).createProduct as { id: string; title: string; commissionRateBps: number };
}

/**
 * A recommendation as the recommendations API stores it (resolvers/recommendations), written
 * directly so that these tests do not depend on that API's mutations.
 */
export async function recommend(
  runtime: LocalRuntime,
  shop: { id: string },
  productId: string,
  commissionRateBps: number,
  ownerId: string,
) {
  const now = new Date().toISOString();
  await runtime.dynamoDb.send(
    new PutItemCommand({
      TableName: runtime.tableName('Recommendations'),
      Item: marshall({
        ...recommendationKey(shop.id, productId),
        id: `REC${randomBytes(8).toString('hex')}`,
        shopId: shop.id,
        productId,
        ownerId,
        commissionRateBps,
        createdAt: now,
        updatedAt: now,
      }),
    }),
  );
}

export async function scheduledStream(creator: Caller, title = 'Weeknight pans, live') {
  return expectData(await creator.call(SCHEDULE, { input: { title } })).scheduleLiveStream as {
    id: string;
    shopId: string;
    status: string;
  };
}

/** A LIVE stream of a fresh creator's shop. */
export async function liveStream(runtime: LocalRuntime) {
  const { user, shop } = await creatorWithShop(runtime);
  const stream = await scheduledStream(user);
  expectData(await user.call(START, { id: stream.id }));
  return { creator: user, shop, stream };
}

/** Every item of a table, sorted by key: compared before and after a refused write. */
export { expectData, expectError, tableItems };
