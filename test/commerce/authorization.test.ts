import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowed, denied, outcomeOf, PERMISSION_DENIED, type Outcome } from '../auth/outcomes.ts';
import { anonymous, backend, signIn, startVideoshops, type Caller, type TestApi } from '../recommendations/api.ts';
import { brand, line, WORKFLOW } from './support.ts';
import { creatorWithShop } from '../recommendations/support.ts';

/**
 * The authorization matrix of the recommendations and commerce operations: every operation ×
 * every kind of caller, as AppSync decides before any resolver runs (auth modes, groups, IAM
 * grants). `allowed` means the resolver ran; its business answer (FORBIDDEN, NOT_FOUND, …) is
 * the other tests' concern.
 */
const CALLERS = ['apiKey', 'shopper', 'creator', 'brand', 'admin', 'orderWorkflow', 'earningsJob', 'ungrantedPrincipal'] as const;
type Who = (typeof CALLERS)[number];

const A = allowed;
const R = PERMISSION_DENIED;
const D = (field: string, type = 'Query') => denied([field, type]);

interface Row {
  query: string;
  variables: (ctx: Fixture) => Record<string, unknown>;
  expected: Record<Who, Outcome>;
}

interface Fixture {
  shopId: string;
  brandId: string;
  orderId: string;
  lines: Record<string, unknown>[];
  buyerId: string;
  creatorId: string;
}

const users = (outcome: Outcome) => ({ shopper: outcome, creator: outcome, brand: outcome, admin: outcome });
const iam = (outcome: Outcome) => ({ orderWorkflow: outcome, earningsJob: outcome, ungrantedPrincipal: outcome });

const ROWS: Record<string, Row> = {
  recommendations: {
    query: 'query ($shopId: ID!) { recommendations(shopId: $shopId) { items { id } } }',
    variables: (f) => ({ shopId: f.shopId }),
    expected: { apiKey: A, ...users(A), ...iam(R) },
  },
  recommendProduct: {
    query: 'mutation ($shopId: ID!) { recommendProduct(input: { shopId: $shopId, productId: "P" }) { id } }',
    variables: (f) => ({ shopId: f.shopId }),
    expected: {
      apiKey: D('recommendProduct', 'Mutation'),
      shopper: D('recommendProduct', 'Mutation'),
      creator: A,
      brand: D('recommendProduct', 'Mutation'),
      admin: A,
      ...iam(R),
    },
  },
  removeRecommendation: {
    query: 'mutation ($shopId: ID!) { removeRecommendation(shopId: $shopId, productId: "P") { id } }',
    variables: (f) => ({ shopId: f.shopId }),
    expected: {
      apiKey: D('removeRecommendation', 'Mutation'),
      shopper: D('removeRecommendation', 'Mutation'),
      creator: A,
      brand: D('removeRecommendation', 'Mutation'),
      admin: A,
      ...iam(R),
    },
  },
  order: {
    query: 'query ($id: ID!) { order(id: $id) { id } }',
    variables: (f) => ({ id: f.orderId }),
    expected: { apiKey: D('order'), ...users(A), ...iam(R) },
  },
  myOrders: {
    query: '{ myOrders { items { id } } }',
    variables: () => ({}),
    expected: { apiKey: D('myOrders'), ...users(A), ...iam(R) },
  },
  shopOrders: {
    query: 'query ($shopId: ID!) { shopOrders(shopId: $shopId) { items { id } } }',
    variables: (f) => ({ shopId: f.shopId }),
    expected: { apiKey: D('shopOrders'), shopper: D('shopOrders'), creator: A, brand: D('shopOrders'), admin: A, ...iam(R) },
  },
  brandOrders: {
    query: 'query ($brandId: ID!) { brandOrders(brandId: $brandId) { items { orderId } } }',
    variables: (f) => ({ brandId: f.brandId }),
    expected: { apiKey: D('brandOrders'), shopper: D('brandOrders'), creator: D('brandOrders'), brand: A, admin: A, ...iam(R) },
  },
  myEarnings: {
    query: '{ myEarnings(from: "2026-01-01", to: "2026-01-31") { totals { currency } } }',
    variables: () => ({}),
    expected: { apiKey: D('myEarnings'), shopper: D('myEarnings'), creator: A, brand: D('myEarnings'), admin: D('myEarnings'), ...iam(R) },
  },
  createOrder: {
    query: 'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id } }',
    variables: (f) => ({ input: { buyerId: f.buyerId, shopId: f.shopId, creatorId: f.creatorId, lines: f.lines } }),
    expected: {
      apiKey: D('createOrder', 'Mutation'),
      ...users(D('createOrder', 'Mutation')),
      orderWorkflow: A,
      earningsJob: R,
      ungrantedPrincipal: R,
    },
  },
  transitionOrder: {
    query: 'mutation ($id: ID!) { transitionOrder(id: $id, to: CONFIRMED) { id } }',
    variables: (f) => ({ id: f.orderId }),
    expected: {
      apiKey: D('transitionOrder', 'Mutation'),
      ...users(D('transitionOrder', 'Mutation')),
      orderWorkflow: A,
      earningsJob: R,
      ungrantedPrincipal: R,
    },
  },
  recordCommission: {
    query: 'mutation ($id: ID!) { recordCommission(orderId: $id) { id } }',
    variables: (f) => ({ id: f.orderId }),
    expected: {
      apiKey: D('recordCommission', 'Mutation'),
      ...users(D('recordCommission', 'Mutation')),
      orderWorkflow: A,
      earningsJob: R,
      ungrantedPrincipal: R,
    },
  },
  transitionEarning: {
    query: 'mutation ($id: ID!) { transitionEarning(orderId: $id, to: PAID) { id } }',
    variables: (f) => ({ id: f.orderId }),
    expected: {
      apiKey: D('transitionEarning', 'Mutation'),
      ...users(D('transitionEarning', 'Mutation')),
      orderWorkflow: A,
      earningsJob: A,
      ungrantedPrincipal: R,
    },
  },
  publishOrderUpdate: {
    query: `mutation ($id: ID!) { publishOrderUpdate(input: { id: $id, status: CONFIRMED, buyerId: "b", shopId: "s", total: { amount: 1, currency: USD }, updatedAt: "2026-01-01T00:00:00Z" }) { id } }`,
    variables: (f) => ({ id: f.orderId }),
    expected: {
      apiKey: D('publishOrderUpdate', 'Mutation'),
      ...users(D('publishOrderUpdate', 'Mutation')),
      orderWorkflow: A,
      earningsJob: R,
      ungrantedPrincipal: R,
    },
  },
  publishShopSale: {
    query: `mutation ($shopId: ID!) { publishShopSale(input: { shopId: $shopId, orderId: "o", total: { amount: 1, currency: USD }, commission: { amount: 0, currency: USD }, at: "2026-01-01T00:00:00Z" }) { shopId } }`,
    variables: (f) => ({ shopId: f.shopId }),
    expected: {
      apiKey: D('publishShopSale', 'Mutation'),
      ...users(D('publishShopSale', 'Mutation')),
      orderWorkflow: A,
      earningsJob: R,
      ungrantedPrincipal: R,
    },
  },
};

describe('authorization matrix of the recommendations and commerce operations', () => {
  let api: TestApi;
  let callers: Record<Who, Caller>;
  let fixture: Fixture;

  beforeAll(async () => {
    api = await startVideoshops();
    const { user: creator, shop } = await creatorWithShop(api, 'matrix-shop');
    const owned = await brand(api, 'Matrix Brand');
    const shopper = await signIn(api, ['shoppers']);
    callers = {
      apiKey: anonymous(api),
      shopper,
      creator,
      brand: owned.owner,
      admin: owned.admin,
      orderWorkflow: backend(api, WORKFLOW),
      earningsJob: backend(api, 'earningsJob'),
      ungrantedPrincipal: backend(api, 'matrixNobody'),
    };
    const lines = [line(owned)];
    const order = (
      await callers.orderWorkflow.call(ROWS.createOrder!.query, {
        input: { buyerId: shopper.sub, shopId: shop.id, creatorId: creator.sub, lines },
      })
    ).body.data.createOrder;
    fixture = { shopId: shop.id, brandId: owned.id, orderId: order.id, lines, buyerId: shopper.sub, creatorId: creator.sub };
  });

  afterAll(() => api?.runtime.stop());

  for (const [operation, row] of Object.entries(ROWS)) {
    it(`${operation}`, async () => {
      const outcomes: Record<string, Outcome> = {};
      for (const who of CALLERS) outcomes[who] = outcomeOf(await callers[who].call(row.query, row.variables(fixture)));

      expect(outcomes).toEqual(row.expected);
    });
  }
});
