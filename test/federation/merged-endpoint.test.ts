import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { LocalRuntime } from '../../local/runtime.ts';
import { sourceApiPath } from '../../local/federation/endpoints.ts';
import { post, startTestRuntime } from '../support/runtime.ts';
import { RealtimeClient } from '../realtime/support.ts';
import { federationApi } from './fixtures/api.ts';

let runtime: LocalRuntime;
const dynamoDbCalls: { operation: string; tables: string[] }[] = [];
const merged = () => runtime.url;
const sourceEndpoint = (name: string) => new URL(sourceApiPath(name), runtime.url).href;
const apiKey = () => ({ apiKey: runtime.apiKey });
const call = (url: string, query: string, variables?: Record<string, unknown>) =>
  post(url, JSON.stringify({ query, variables }), { 'x-api-key': runtime.apiKey });

const PUT_PRODUCT = 'mutation ($id: ID!, $name: String!) { putProduct(id: $id, name: $name) { id name } }';
const ADD_REVIEW =
  'mutation ($p: ID!, $stars: Int!, $text: String) { addReview(productId: $p, stars: $stars, text: $text) { id stars body } }';

beforeAll(async () => {
  runtime = await startTestRuntime(federationApi, { onDynamoDbRequest: (c) => dynamoDbCalls.push(c) });
});
afterAll(async () => {
  await runtime?.stop();
});

async function productWithReviews(stars: number[]): Promise<string> {
  const id = `p-${randomUUID().slice(0, 8)}`;
  await call(merged(), PUT_PRODUCT, { id, name: 'Camera' });
  for (const [i, s] of stars.entries()) await call(merged(), ADD_REVIEW, { p: id, stars: s, text: `review ${i}` });
  return id;
}

describe('The Merged API endpoint', () => {
  it('answers a query spanning two source APIs, each field run by its own source API on its own table', async () => {
    // Prepare
    const id = await productWithReviews([4, 5]);
    dynamoDbCalls.length = 0;
    // Act
    const res = await call(merged(), 'query ($id: ID!) { product(id: $id) { id name reviews { stars body } } }', { id });
    // Assess
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        product: {
          id,
          name: 'Camera',
          reviews: [
            { stars: 5, body: 'review 1' },
            { stars: 4, body: 'review 0' },
          ],
        },
      },
    });
    expect(dynamoDbCalls).toEqual([
      { operation: 'GetItem', tables: [runtime.tableName('FedProducts')] },
      { operation: 'Query', tables: [runtime.tableName('FedReviews')] },
    ]);
  });

  it('serves renamed fields under their merged names, with the resolver of the field they were renamed from', async () => {
    // Prepare
    const id = await productWithReviews([2, 5, 3]);
    // Act
    const res = await call(merged(), 'query ($id: ID!) { bestReview(productId: $id) { stars body } }', { id });
    // Assess
    expect(res.body).toEqual({ data: { bestReview: { stars: 5, body: 'review 1' } } });
  });

  it('does not serve what a source API hides or renames away', async () => {
    // Act
    const res = await call(merged(), '{ topReview(productId: "x") { moderationScore text } }');
    // Assess
    expect(res.body.data).toBeNull();
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([
      "Validation error of type FieldUndefined: Field 'topReview' in type 'Query' is undefined @ 'topReview'",
    ]);
  });

  it('authorizes each field by the auth directives its source API gave it', async () => {
    // Prepare
    const id = await productWithReviews([]);
    await call(merged(), 'mutation ($p: ID!) { addReview(productId: $p, stars: 1, authorNote: "private") { id } }', { p: id });
    // Act
    const res = await call(merged(), 'query ($id: ID!) { product(id: $id) { reviews { stars authorNote } } }', { id });
    // Assess
    expect(res.body.data).toEqual({ product: { reviews: [{ stars: 1, authorNote: null }] } });
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        errorType: 'Unauthorized',
        message: 'Not Authorized to access authorNote on type Review',
        path: ['product', 'reviews', 0, 'authorNote'],
      }),
    ]);
  });

  it('refuses a request without credentials, as every endpoint of the API does', async () => {
    // Act
    const res = await post(merged(), JSON.stringify({ query: '{ product(id: "x") { id } }' }));
    // Assess
    expect(res.status).toBe(401);
    expect(res.body.errors[0].errorType).toBe('UnauthorizedException');
  });

  it('reports what it merges: every source API, AUTO_MERGE, and whose resolver runs each field', () => {
    // Act
    const served = runtime.mergedApi();
    // Assess
    expect(served.sourceApis).toEqual([
      { name: 'catalog', mergeType: 'AUTO_MERGE' },
      { name: 'reviews', mergeType: 'AUTO_MERGE' },
    ]);
    expect(served.resolvers).toEqual(
      expect.arrayContaining([
        { field: 'Query.bestReview', sourceApi: 'reviews', sourceField: 'Query.topReview' },
        { field: 'Product.reviews', sourceApi: 'reviews', sourceField: 'Product.reviews' },
        { field: 'Query.product', sourceApi: 'catalog', sourceField: 'Query.product' },
      ]),
    );
  });
});

describe('A source API endpoint', () => {
  it('serves its own schema only: not the fields other source APIs add to a shared type', async () => {
    // Act
    const res = await call(sourceEndpoint('catalog'), '{ product(id: "x") { id reviews { stars } } }');
    // Assess
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([
      "Validation error of type FieldUndefined: Field 'reviews' in type 'Product' is undefined @ 'product/reviews'",
    ]);
  });

  it('serves its own schema only: not the root fields of other source APIs', async () => {
    // Act
    const res = await call(sourceEndpoint('reviews'), '{ product(id: "x") { id } }');
    // Assess
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([
      "Validation error of type FieldUndefined: Field 'product' in type 'Query' is undefined @ 'product'",
    ]);
  });

  it('serves the fields it hides from and renames on the Merged API under their own names', async () => {
    // Prepare
    const id = await productWithReviews([3]);
    // Act
    const res = await call(sourceEndpoint('reviews'), 'query ($id: ID!) { topReview(productId: $id) { stars text moderationScore } }', {
      id,
    });
    // Assess
    expect(res.body).toEqual({ data: { topReview: { stars: 3, text: 'review 0', moderationScore: 0 } } });
  });
});

describe('Subscriptions on the Merged API', () => {
  const ON_REVIEW = 'subscription ($p: ID!) { onReviewAdded(productId: $p) { stars body } }';

  it('are notified by mutations through the Merged API, not by mutations sent to the source API', async () => {
    // Prepare
    const id = await productWithReviews([]);
    const onMerged = await RealtimeClient.connect(runtime, apiKey());
    const onSource = await RealtimeClient.connect(runtime, apiKey(), { endpointUrl: sourceEndpoint('reviews') });
    const mergedId = await onMerged.subscribe(apiKey(), ON_REVIEW, { p: id });
    const sourceId = await onSource.subscribe(apiKey(), 'subscription ($p: ID!) { onReviewAdded(productId: $p) { stars text } }', {
      p: id,
    });

    // Act: the source API's mutation first, so that were it delivered, it would arrive first.
    await call(
      sourceEndpoint('reviews'),
      'mutation ($p: ID!) { addReview(productId: $p, stars: 2, text: "direct") { id productId stars text } }',
      { p: id },
    );
    await call(merged(), 'mutation ($p: ID!) { addReview(productId: $p, stars: 5, text: "merged") { id productId stars body } }', {
      p: id,
    });

    // Assess
    expect(await onMerged.data(mergedId)).toEqual({ data: { onReviewAdded: { stars: 5, body: 'merged' } } });
    expect(await onSource.data(sourceId)).toEqual({ data: { onReviewAdded: { stars: 2, text: 'direct' } } });
    expect(onMerged.pending().filter((m) => m.type === 'data')).toEqual([]);
    expect(onSource.pending().filter((m) => m.type === 'data')).toEqual([]);
    onMerged.close();
    onSource.close();
  });
});
