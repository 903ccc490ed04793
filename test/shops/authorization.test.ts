import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { seedDemoData } from '../../demo/seed.ts';
import { demoSub, demoUsers } from '../../demo/users.ts';
import { shopsApi } from '../../model/apis/shops.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import type { AppSyncCaller } from '../../local/auth/request-headers.ts';
import { buildAppSyncSchema, readSchemaSdl } from '../../model/schema/appsync-schema.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { allowed, denied, NO_CREDENTIALS, outcomeOf, PERMISSION_DENIED, type Outcome } from '../auth/outcomes.ts';
import { CALLERS as FIXTURE_CALLERS, callAs, type Who as FixtureWho } from '../auth/support.ts';
import type { HttpResult } from '../support/runtime.ts';
import { expectData, productInput, startShopsRuntime, tableItems, UPDATE_INVENTORY } from './support.ts';

/**
 * The authorization matrix of the shops operations on the public (merged) endpoint: every Query
 * and Mutation field the shops source API defines × every kind of caller of the other matrices.
 *
 * Callers are the demo users (`owningCreator` is cora.creator, who owns cora-cooks; `otherCreator`
 * carl.creator; `brand` bea.brand, who owns the brand the rows touch; `otherBrand` bo.brand, who
 * does not; `admin` ada.admin; `shopper` sam.shopper) with real ID tokens from the runtime's pool. No backend principal is granted a shops
 * field, so `iamGranted` is a principal this test grants every Query and Mutation field: its cells
 * show that AppSync's directives still deny IAM on fields without `@aws_iam`.
 *
 * Unlike the other matrices a cell also tells apart the resolvers' own refusals: `allowed` means the
 * resolver ran and answered without any error; `{ errorType }` that it ran and failed with that
 * error (FORBIDDEN for someone else's shop or product, CONFLICT for a second profile or shop).
 */
type Cell = Outcome | { errorType: string };

/** The fixture matrix's callers, and a brand owner who does not own the brand the rows touch (bo.brand). */
const CALLERS = [...FIXTURE_CALLERS, 'otherBrand'] as const;
type Who = (typeof CALLERS)[number];

/** The IAM principal granted every shops operation for this test only. */
const GRANTED_PRINCIPAL = 'shopsMatrixBackend';

const A = allowed;
const R = PERMISSION_DENIED;
const FORBIDDEN = { errorType: 'FORBIDDEN' };
const CONFLICT = { errorType: 'CONFLICT' };

interface Fixture {
  shopId: string;
  creatorId: string;
  brandId: string;
  productId: string;
  brandOwnerId: string;
}

interface Row {
  query: string;
  variables?: (f: Fixture, who: Who) => Record<string, unknown>;
  expected: Record<Who, Cell>;
}

/** Fields readable with the API key and by any user: the catalog. IAM is not among their modes. */
const catalog = (field: string): Record<Who, Cell> => ({
  none: NO_CREDENTIALS,
  apiKey: A,
  shopper: A,
  owningCreator: A,
  otherCreator: A,
  brand: A,
  otherBrand: A,
  admin: A,
  iamGranted: denied([field, 'Query']),
  iamNotGranted: R,
});

/** A field in the default mode (user pools) or restricted to some groups: the users listed are let in. */
function usersOnly(
  field: string,
  type: 'Query' | 'Mutation',
  let_in: Who[],
  resolverAnswers: Partial<Record<Who, Cell>> = {},
): Record<Who, Cell> {
  const cells = {} as Record<Who, Cell>;
  for (const who of CALLERS) cells[who] = let_in.includes(who) ? A : denied([field, type]);
  return {
    ...cells,
    none: NO_CREDENTIALS,
    iamNotGranted: R,
    ...resolverAnswers,
  };
}

const USERS: Who[] = ['shopper', 'owningCreator', 'otherCreator', 'brand', 'otherBrand', 'admin'];

const ROWS: Record<string, Row> = {
  'Query.me': {
    query: '{ me { id roles } }',
    expected: usersOnly('me', 'Query', USERS),
  },
  'Query.shop': {
    query: 'query ($id: ID!) { shop(id: $id) { id slug creator { id } } }',
    variables: (f) => ({ id: f.shopId }),
    expected: catalog('shop'),
  },
  'Query.shopBySlug': {
    query: '{ shopBySlug(slug: "cora-cooks") { id slug } }',
    expected: catalog('shopBySlug'),
  },
  'Query.myShop': {
    query: '{ myShop { id } }',
    expected: usersOnly('myShop', 'Query', USERS),
  },
  'Query.creator': {
    query: 'query ($id: ID!) { creator(id: $id) { id displayName shop { id } } }',
    variables: (f) => ({ id: f.creatorId }),
    expected: catalog('creator'),
  },
  'Query.brand': {
    query: 'query ($id: ID!) { brand(id: $id) { id name products(limit: 1) { items { id } } } }',
    variables: (f) => ({ id: f.brandId }),
    expected: catalog('brand'),
  },
  'Query.product': {
    query: 'query ($id: ID!) { product(id: $id) { id title price { amount currency } brand { id } } }',
    variables: (f) => ({ id: f.productId }),
    expected: catalog('product'),
  },
  'Query.products': {
    query: 'query ($brandId: ID!) { products(brandId: $brandId, limit: 2) { items { id } nextToken } }',
    variables: (f) => ({ brandId: f.brandId }),
    expected: catalog('products'),
  },
  'Mutation.createCreatorProfile': {
    query: 'mutation { createCreatorProfile(input: { displayName: "Matrix" }) { id } }',
    // Both demo creators already have a profile: the resolver refuses a second one.
    expected: usersOnly('createCreatorProfile', 'Mutation', [], {
      owningCreator: CONFLICT,
      otherCreator: CONFLICT,
    }),
  },
  'Mutation.createBrand': {
    query: 'mutation ($ownerId: ID!) { createBrand(input: { name: "Matrix Brand", ownerId: $ownerId }) { id } }',
    variables: (f) => ({ ownerId: f.brandOwnerId }),
    expected: usersOnly('createBrand', 'Mutation', ['admin']),
  },
  'Mutation.updateProfile': {
    query: 'mutation ($name: String!) { updateProfile(input: { displayName: $name }) { id displayName } }',
    variables: (_f, who) => ({ name: `Matrix ${who}` }),
    expected: usersOnly('updateProfile', 'Mutation', USERS),
  },
  'Mutation.createShop': {
    query: 'mutation { createShop(input: { slug: "matrix-shop", title: "Matrix" }) { id } }',
    // Both demo creators already have a shop.
    expected: usersOnly('createShop', 'Mutation', [], {
      owningCreator: CONFLICT,
      otherCreator: CONFLICT,
    }),
  },
  'Mutation.updateShop': {
    query: 'mutation ($id: ID!) { updateShop(id: $id, input: { title: "Cora Cooks" }) { id title } }',
    variables: (f) => ({ id: f.shopId }),
    expected: usersOnly('updateShop', 'Mutation', ['owningCreator', 'admin'], {
      otherCreator: FORBIDDEN,
    }),
  },
  'Mutation.createProduct': {
    query: 'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }',
    variables: (f, who) => ({
      input: productInput(f.brandId, { title: `Matrix product by ${who}` }),
    }),
    expected: usersOnly('createProduct', 'Mutation', ['brand', 'admin'], {
      otherBrand: FORBIDDEN,
    }),
  },
  'Mutation.updateProduct': {
    query: 'mutation ($id: ID!) { updateProduct(id: $id, input: { returnWindowDays: 30 }) { id returnWindowDays } }',
    variables: (f) => ({ id: f.productId }),
    expected: usersOnly('updateProduct', 'Mutation', ['brand', 'admin'], {
      otherBrand: FORBIDDEN,
    }),
  },
  'Mutation.updateInventory': {
    query: UPDATE_INVENTORY,
    variables: (f) => ({ productId: f.productId, delta: 1 }),
    expected: usersOnly('updateInventory', 'Mutation', ['brand', 'admin'], {
      otherBrand: FORBIDDEN,
    }),
  },
};

/** The cell a response fills: AppSync's own outcome, or the resolver's error when it ran and failed. */
function cellOf(response: HttpResult): Cell {
  const outcome = outcomeOf(response);
  if (outcome !== allowed) return outcome;
  const [error] = response.body.errors ?? [];
  return error ? { errorType: error.errorType } : allowed;
}

describe('authorization matrix of the shops operations', () => {
  let runtime: LocalRuntime;
  let fixture: Fixture;
  let own: Record<'iamGranted' | 'otherBrand', AppSyncCaller>;

  const call = (who: Who, query: string, variables?: Record<string, unknown>) =>
    who === 'iamGranted' || who === 'otherBrand'
      ? callAs(runtime, own[who], query, variables)
      : callAs(runtime, who satisfies FixtureWho, query, variables);

  beforeAll(async () => {
    const authorization = videoshopsApi.authorization!;
    runtime = await startShopsRuntime({
      api: {
        ...videoshopsApi,
        authorization: {
          ...authorization,
          iamGrants: [...(authorization.iamGrants ?? []), { principal: GRANTED_PRINCIPAL, fields: ['Query.*', 'Mutation.*'] }],
        },
      },
      seed: seedDemoData,
      users: demoUsers,
    });
    own = {
      iamGranted: {
        iam: runtime.auth.iam.principal(GRANTED_PRINCIPAL).credentials,
        region: runtime.auth.iam.region,
      },
      otherBrand: {
        userPoolToken: (await runtime.auth.userPool.tokensFor('bo.brand')).idToken,
      },
    };

    const shop = expectData(await call('apiKey', '{ shopBySlug(slug: "cora-cooks") { id creator { id } } }')).shopBySlug;
    const me = expectData(await call('brand', '{ me { id brands(limit: 1) { items { id products(limit: 1) { items { id } } } } } }')).me;
    const brand = me.brands.items[0];
    fixture = {
      shopId: shop.id,
      creatorId: shop.creator.id,
      brandId: brand.id,
      productId: brand.products.items[0].id,
      brandOwnerId: me.id,
    };
  });

  afterAll(() => runtime?.stop());

  it('has a row for every Query and Mutation field of the shops schema, and none for an operation it no longer has', () => {
    // Prepare
    const schema = buildAppSyncSchema(readSchemaSdl(shopsApi.schemaFiles));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter(isObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));

    // Act
    const withoutRow = operations.filter((op) => !(op in ROWS));
    const stale = Object.keys(ROWS).filter((op) => !operations.includes(op));

    // Assess
    expect(withoutRow).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('calls the demo users by their own tokens, in the groups the matrix assumes', async () => {
    const roles = async (who: Who) => expectData(await call(who, '{ me { id roles } }')).me;

    expect(await roles('shopper')).toEqual({
      id: demoSub('sam.shopper'),
      roles: ['SHOPPER'],
    });
    expect(await roles('owningCreator')).toEqual({
      id: demoSub('cora.creator'),
      roles: ['CREATOR'],
    });
    expect(await roles('otherCreator')).toEqual({
      id: demoSub('carl.creator'),
      roles: ['CREATOR'],
    });
    expect(await roles('brand')).toEqual({
      id: demoSub('bea.brand'),
      roles: ['BRAND'],
    });
    expect(await roles('otherBrand')).toEqual({
      id: demoSub('bo.brand'),
      roles: ['BRAND'],
    });
    expect(await roles('admin')).toEqual({
      id: demoSub('ada.admin'),
      roles: ['ADMIN'],
    });
  });

  for (const [operation, row] of Object.entries(ROWS)) {
    describe(operation, () => {
      for (const who of CALLERS) {
        const expected = row.expected[who];
        it(`gives ${who === 'none' ? 'a caller without credentials' : who} ${JSON.stringify(expected)}`, async () => {
          // Prepare
          const writes = operation.startsWith('Mutation.') && expected !== allowed;
          const before = writes ? await tableItems(runtime) : undefined;

          // Act
          const cell = cellOf(await call(who, row.query, row.variables?.(fixture, who)));

          // Assess
          expect(cell).toEqual(expected);
          if (before) expect(await tableItems(runtime)).toEqual(before);
        });
      }
    });
  }
});
