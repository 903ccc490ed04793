import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signIn, startVideoshops, type TestApi } from './api.ts';
import { RequestCounter, brandWithProducts, creatorWithShop, expectData, expectError, logicalTable, tableItems } from './support.ts';

const RECOMMEND = `mutation ($input: RecommendProductInput!) {
  recommendProduct(input: $input) { id shopId productId note videoUrl commissionRateBps createdAt product { id title commissionRateBps } }
}`;
const REMOVE = `mutation ($shopId: ID!, $productId: ID!) {
  removeRecommendation(shopId: $shopId, productId: $productId) { id shopId productId note commissionRateBps }
}`;
const FEED = `query ($shopId: ID!, $limit: Int, $nextToken: String) {
  recommendations(shopId: $shopId, limit: $limit, nextToken: $nextToken) {
    items { id productId commissionRateBps note product { id title price { amount currency } brand { id name } } }
    nextToken
  }
}`;
const UPDATE_PRODUCT = `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id commissionRateBps } }`;

/** The shop page of the apps: the shop, its creator and the first 20 recommendations with product and brand. */
const SHOP_PAGE = `query ($slug: String!) {
  shopBySlug(slug: $slug) {
    id slug title
    creator { id displayName }
    recommendations(limit: 20) {
      items { id note commissionRateBps product { id title price { amount currency } brand { id name } } }
      nextToken
    }
  }
}`;

describe('recommendations', () => {
  let api: TestApi;
  const counter = new RequestCounter();

  beforeAll(async () => {
    api = await startVideoshops({ onDynamoDbRequest: counter.hook });
  });

  afterAll(() => api?.runtime.stop());

  const recommendations = () => tableItems(api.runtime, 'Recommendations');

  describe('recommendProduct', () => {
    it('recommends a product in the caller’s shop, snapshotting its commission rate', async () => {
      // Prepare
      const { user, shop } = await creatorWithShop(api, 'rec-happy');
      const { owner, products } = await brandWithProducts(api, 1, 'Snapshot Brand', { commissionRateBps: 1500 });

      // Act
      const rec = expectData(
        await user.call(RECOMMEND, {
          input: { shopId: shop.id, productId: products[0]!.id, note: '  My daily pan. ', videoUrl: 'https://video.example/pan.mp4' },
        }),
      ).recommendProduct;
      expectData(await owner.call(UPDATE_PRODUCT, { id: products[0]!.id, input: { commissionRateBps: 500 } }));

      // Assess
      expect(rec).toMatchObject({
        shopId: shop.id,
        productId: products[0]!.id,
        note: 'My daily pan.',
        videoUrl: 'https://video.example/pan.mp4',
        commissionRateBps: 1500,
        product: { id: products[0]!.id, commissionRateBps: 1500 },
      });
      expect(rec.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      const feed = expectData(await anonymous(api).call(FEED, { shopId: shop.id })).recommendations;
      expect(feed.items).toEqual([
        expect.objectContaining({ id: rec.id, commissionRateBps: 1500, product: expect.objectContaining({ id: products[0]!.id }) }),
      ]);
      expect(feed.items[0].product).toMatchObject({ title: products[0]!.title });
    });

    it('lets an admin recommend into any shop', async () => {
      const { shop } = await creatorWithShop(api, 'rec-admin');
      const { admin, products } = await brandWithProducts(api, 1);

      const rec = expectData(await admin.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id } })).recommendProduct;

      expect(rec).toMatchObject({ shopId: shop.id, note: null, videoUrl: null });
    });

    it('refuses a product the shop recommends already with CONFLICT, keeping the first', async () => {
      const { user, shop } = await creatorWithShop(api, 'rec-twice');
      const { products } = await brandWithProducts(api, 1);
      const first = expectData(await user.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id } })).recommendProduct;
      const before = await recommendations();

      const error = expectError(
        await user.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id, note: 'again' } }),
        'CONFLICT',
      );

      expect(error.errorInfo).toEqual({ shopId: shop.id, productId: products[0]!.id });
      expect(expectData(await anonymous(api).call(FEED, { shopId: shop.id })).recommendations.items.map((r: any) => r.id)).toEqual([
        first.id,
      ]);
      expect(await recommendations()).toEqual(before);
    });

    it('lets exactly one of many concurrent recommendations of one product win', async () => {
      const { user, shop } = await creatorWithShop(api, 'rec-race');
      const { products } = await brandWithProducts(api, 1);

      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          user.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id, note: `take ${i}` } }),
        ),
      );

      expect(results.filter((r) => r.body.data?.recommendProduct)).toHaveLength(1);
      expect(results.filter((r) => !r.body.data?.recommendProduct).map((r) => r.body.errors[0].errorType)).toEqual(
        Array(7).fill('CONFLICT'),
      );
      expect((await recommendations()).filter((item) => item.shopId === shop.id)).toHaveLength(1);
    });

    it.each([
      ['a note of 501 characters', 'note', { note: 'n'.repeat(501) }, [{ field: 'note', message: 'must be at most 500 characters' }]],
      [
        'an http video link',
        'video',
        { videoUrl: 'http://video.example/clip.mp4' },
        [{ field: 'videoUrl', message: 'must be an https:// URL' }],
      ],
    ])('refuses %s with VALIDATION, writing nothing', async (_, slug, fields, problems) => {
      const { user, shop } = await creatorWithShop(api, `rec-invalid-${slug}`);
      const { products } = await brandWithProducts(api, 1);
      const before = await recommendations();

      const error = expectError(
        await user.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id, ...fields } }),
        'VALIDATION',
      );

      expect(error.errorInfo.problems).toEqual(problems);
      expect(await recommendations()).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown shop or product', async () => {
      const { user, shop } = await creatorWithShop(api, 'rec-missing');
      const { products } = await brandWithProducts(api, 1);

      const noShop = expectError(
        await user.call(RECOMMEND, { input: { shopId: 'NO-SUCH-SHOP', productId: products[0]!.id } }),
        'NOT_FOUND',
      );
      const noProduct = expectError(await user.call(RECOMMEND, { input: { shopId: shop.id, productId: 'NO-SUCH-PRODUCT' } }), 'NOT_FOUND');

      expect(noShop.errorInfo).toEqual({ id: 'NO-SUCH-SHOP' });
      expect(noProduct.errorInfo).toEqual({ id: 'NO-SUCH-PRODUCT' });
    });

    it('refuses another creator’s shop with FORBIDDEN, and non-creators with Unauthorized, writing nothing', async () => {
      const { shop } = await creatorWithShop(api, 'rec-owned');
      const { owner, products } = await brandWithProducts(api, 1);
      const other = await creatorWithShop(api, 'rec-other');
      const shopper = await signIn(api, ['shoppers']);
      const before = await recommendations();
      const input = { shopId: shop.id, productId: products[0]!.id };

      expectError(await other.user.call(RECOMMEND, { input }), 'FORBIDDEN');
      expectError(await shopper.call(RECOMMEND, { input }), 'Unauthorized');
      expectError(await owner.call(RECOMMEND, { input }), 'Unauthorized');
      expectError(await anonymous(api).call(RECOMMEND, { input }), 'Unauthorized');

      expect(await recommendations()).toEqual(before);
    });
  });

  describe('removeRecommendation', () => {
    it('removes the recommendation and returns it; the product can be recommended again', async () => {
      const { user, shop } = await creatorWithShop(api, 'rm-happy');
      const { products } = await brandWithProducts(api, 1);
      const rec = expectData(
        await user.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id, note: 'bye' } }),
      ).recommendProduct;

      const removed = expectData(await user.call(REMOVE, { shopId: shop.id, productId: products[0]!.id })).removeRecommendation;

      expect(removed).toEqual({
        id: rec.id,
        shopId: shop.id,
        productId: products[0]!.id,
        note: 'bye',
        commissionRateBps: rec.commissionRateBps,
      });
      expect(expectData(await anonymous(api).call(FEED, { shopId: shop.id })).recommendations).toEqual({ items: [], nextToken: null });
      expectData(await user.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id } }));
    });

    it('answers NOT_FOUND for a product the shop does not recommend', async () => {
      const { user, shop } = await creatorWithShop(api, 'rm-missing');

      const error = expectError(await user.call(REMOVE, { shopId: shop.id, productId: 'NOPE' }), 'NOT_FOUND');

      expect(error.errorInfo).toEqual({ shopId: shop.id, productId: 'NOPE' });
    });

    it('refuses another creator with FORBIDDEN and keeps the recommendation; an admin may remove it', async () => {
      const { user, shop } = await creatorWithShop(api, 'rm-owned');
      const { admin, products } = await brandWithProducts(api, 1);
      const other = await creatorWithShop(api, 'rm-other');
      expectData(await user.call(RECOMMEND, { input: { shopId: shop.id, productId: products[0]!.id } }));
      const before = await recommendations();

      expectError(await other.user.call(REMOVE, { shopId: shop.id, productId: products[0]!.id }), 'FORBIDDEN');
      expectError(await (await signIn(api, ['shoppers'])).call(REMOVE, { shopId: shop.id, productId: products[0]!.id }), 'Unauthorized');
      expect(await recommendations()).toEqual(before);

      expectData(await admin.call(REMOVE, { shopId: shop.id, productId: products[0]!.id }));
      expect((await recommendations()).filter((item) => item.shopId === shop.id)).toEqual([]);
    });
  });

  describe('recommendations (the shop feed)', () => {
    it('pages through a shop’s feed newest first, each with its product and brand, for anonymous browsers', async () => {
      // Prepare
      const { user, shop } = await creatorWithShop(api, 'feed-pages');
      const a = await brandWithProducts(api, 3, 'Feed Brand A');
      const b = await brandWithProducts(api, 2, 'Feed Brand B', { price: { amount: 2500, currency: 'EUR' } });
      const products = [...a.products, ...b.products];
      for (const product of products) expectData(await user.call(RECOMMEND, { input: { shopId: shop.id, productId: product.id } }));

      // Act
      const pages = [];
      let nextToken: string | null = null;
      do {
        const page: { items: any[]; nextToken: string | null } = expectData(
          await anonymous(api).call(FEED, { shopId: shop.id, limit: 2, nextToken }),
        ).recommendations;
        pages.push(page.items);
        nextToken = page.nextToken;
      } while (nextToken);

      // Assess
      const seen = pages.flat();
      expect(pages.map((p) => p.length).slice(0, 3)).toEqual([2, 2, 1]);
      expect(seen.map((r) => r.productId)).toEqual(products.map((p) => p.id).reverse());
      expect(seen.map((r) => r.product.brand.name)).toEqual([
        'Feed Brand B',
        'Feed Brand B',
        'Feed Brand A',
        'Feed Brand A',
        'Feed Brand A',
      ]);
      expect(seen[0].product.price).toEqual({ amount: 2500, currency: 'EUR' });
    });

    it('gives an unknown shop an empty feed', async () => {
      expect(expectData(await anonymous(api).call(FEED, { shopId: 'NO-SUCH-SHOP' })).recommendations).toEqual({
        items: [],
        nextToken: null,
      });
    });

    it.each([0, 51, -1])('refuses limit %d with VALIDATION: a page batches its products and brands, 50 at most', async (limit) => {
      const error = expectError(await anonymous(api).call(FEED, { shopId: 'any', limit }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field: 'limit', message: 'must be between 1 and 50' }]);
    });

    it('costs one Query and one BatchGetItem of products and brands, whatever the page size', async () => {
      // Prepare
      const { user, shop } = await creatorWithShop(api, 'feed-cost');
      const brands = await Promise.all([1, 2, 3].map((n) => brandWithProducts(api, 7, `Cost Brand ${n}`)));
      for (const product of brands.flatMap((b) => b.products))
        expectData(await user.call(RECOMMEND, { input: { shopId: shop.id, productId: product.id } }));

      // Act
      let feed: any;
      const requests = await counter.during(async () => {
        feed = expectData(await anonymous(api).call(FEED, { shopId: shop.id, limit: 20 })).recommendations;
      });

      // Assess
      expect(feed.items).toHaveLength(20);
      expect(feed.items.every((r: any) => r.product.brand.name.startsWith('Cost Brand'))).toBe(true);
      expect(requests.map((r) => ({ operation: r.operation, tables: r.tables.map((t) => logicalTable(api.runtime, t)) }))).toEqual([
        { operation: 'Query', tables: ['Recommendations'] },
        { operation: 'BatchGetItem', tables: ['Shops'] },
      ]);
    });

    it('serves the shop page (shop, creator, 20 recommendations with product and brand) in 4 DynamoDB requests on the merged endpoint', async ({
      skip,
    }) => {
      // The page spans the shops and recommendations source APIs: only the Merged API serves it in one request.
      if (!api.merged) skip();
      // Prepare
      const { user, shop } = await creatorWithShop(api, 'shop-page', 'Page Creator');
      const brands = await Promise.all([1, 2, 3, 4].map((n) => brandWithProducts(api, 6, `Page Brand ${n}`)));
      for (const product of brands.flatMap((b) => b.products))
        expectData(await user.call(RECOMMEND, { input: { shopId: shop.id, productId: product.id } }));

      // Act
      let page: any;
      const requests = await counter.during(async () => {
        page = expectData(await anonymous(api).call(SHOP_PAGE, { slug: 'shop-page' })).shopBySlug;
      });

      // Assess
      expect(page).toMatchObject({ id: shop.id, creator: { id: user.sub, displayName: 'Page Creator' } });
      expect(page.recommendations.items).toHaveLength(20);
      expect(page.recommendations.nextToken).not.toBeNull();
      expect(page.recommendations.items.every((r: any) => r.product.brand.name.startsWith('Page Brand'))).toBe(true);
      expect(requests.map((r) => ({ operation: r.operation, tables: r.tables.map((t) => logicalTable(api.runtime, t)) }))).toEqual([
        { operation: 'GetItem', tables: ['Shops'] },
        { operation: 'BatchGetItem', tables: ['Shops'] },
        { operation: 'Query', tables: ['Recommendations'] },
        { operation: 'BatchGetItem', tables: ['Shops'] },
      ]);
    });
  });
});
