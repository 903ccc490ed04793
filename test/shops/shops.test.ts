import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  CREATE_SHOP,
  anonymous,
  creator,
  creatorWithShop,
  expectData,
  expectError,
  signIn,
  startShopsRuntime,
  tableItems,
} from './support.ts';

const SHOP = `query ($id: ID!) { shop(id: $id) { id slug title description bannerUrl creator { id displayName } } }`;
const SHOP_BY_SLUG = `query ($slug: String!) { shopBySlug(slug: $slug) { id slug title creator { id displayName creatorSince } } }`;
const MY_SHOP = `{ myShop { id slug title } }`;
const UPDATE_SHOP = `mutation ($id: ID!, $input: UpdateShopInput!) {
  updateShop(id: $id, input: $input) { id slug title description bannerUrl updatedAt creator { id } }
}`;

describe('shops', () => {
  let runtime: LocalRuntime;
  const requests: { operation: string; tables: string[] }[] = [];

  beforeAll(async () => {
    runtime = await startShopsRuntime({ onDynamoDbRequest: (call) => requests.push(call) });
  });

  afterAll(() => runtime?.stop());

  describe('createShop', () => {
    it('opens the caller’s shop at its slug, lowered, with the creator attached', async () => {
      const user = await creator(runtime, 'Cora');

      const shop = expectData(
        await user.call(CREATE_SHOP, {
          input: { slug: ' Cora-Cooks ', title: 'Cora Cooks', description: 'Pans I use', bannerUrl: 'https://img.example/b.jpg' },
        }),
      ).createShop;

      expect(shop).toMatchObject({
        slug: 'cora-cooks',
        title: 'Cora Cooks',
        description: 'Pans I use',
        bannerUrl: 'https://img.example/b.jpg',
        creator: { id: user.sub, displayName: 'Cora' },
      });
      expect(shop.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(expectData(await user.call(MY_SHOP)).myShop).toEqual({ id: shop.id, slug: 'cora-cooks', title: 'Cora Cooks' });
    });

    it('refuses a taken slug with SLUG_TAKEN, writing nothing', async () => {
      await creatorWithShop(runtime, 'taken-slug');
      const other = await creator(runtime);
      const before = await tableItems(runtime);

      expectError(await other.call(CREATE_SHOP, { input: { slug: 'Taken-Slug', title: 'Mine' } }), 'SLUG_TAKEN');

      expect(await tableItems(runtime)).toEqual(before);
      expect(expectData(await other.call(MY_SHOP)).myShop).toBeNull();
    });

    it('refuses a slug reserved by the platform with SLUG_TAKEN', async () => {
      const user = await creator(runtime);

      expectError(await user.call(CREATE_SHOP, { input: { slug: 'checkout', title: 'Sneaky' } }), 'SLUG_TAKEN');
    });

    it('refuses a second shop with CONFLICT: one shop per creator', async () => {
      const { user } = await creatorWithShop(runtime, 'first-shop');
      const before = await tableItems(runtime);

      expectError(await user.call(CREATE_SHOP, { input: { slug: 'second-shop', title: 'Again' } }), 'CONFLICT');

      expect(await tableItems(runtime)).toEqual(before);
    });

    it('asks for a creator profile first with NOT_FOUND', async () => {
      const user = await signIn(runtime, ['creators']);

      expectError(await user.call(CREATE_SHOP, { input: { slug: 'no-profile', title: 'Too early' } }), 'NOT_FOUND');
    });

    it.each([
      ['ab', 'slug', 'must be 3 to 40 characters'],
      ['x'.repeat(41), 'slug', 'must be 3 to 40 characters'],
      ['cora_cooks', 'slug', 'may contain only a-z, 0-9 and hyphens'],
      ['-cora', 'slug', 'must start and end with a letter or digit, without double hyphens'],
      ['cora--cooks', 'slug', 'must start and end with a letter or digit, without double hyphens'],
    ])('refuses the slug %j with VALIDATION, writing nothing', async (slug, field, message) => {
      const user = await creator(runtime);
      const before = await tableItems(runtime);

      const error = expectError(await user.call(CREATE_SHOP, { input: { slug, title: 'Fine title' } }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field, message }]);
      expect(await tableItems(runtime)).toEqual(before);
    });

    it('lists every invalid field in one VALIDATION error', async () => {
      const user = await creator(runtime);

      const error = expectError(
        await user.call(CREATE_SHOP, {
          input: { slug: 'ok-slug', title: ' ', description: 'd'.repeat(2001), bannerUrl: 'http://x.example' },
        }),
        'VALIDATION',
      );

      expect(error.errorInfo.problems.map((p: { field: string }) => p.field)).toEqual(['title', 'description', 'bannerUrl']);
    });

    it('is for the creators group only', async () => {
      const shopper = await signIn(runtime, ['shoppers']);

      expectError(await shopper.call(CREATE_SHOP, { input: { slug: 'shopper-shop', title: 'No' } }), 'Unauthorized');
      expectError(await anonymous(runtime).call(CREATE_SHOP, { input: { slug: 'anon-shop', title: 'No' } }), 'Unauthorized');
    });

    it('lets exactly one of two creators racing for a slug win', async () => {
      for (let round = 0; round < 5; round += 1) {
        const [a, b] = await Promise.all([creator(runtime), creator(runtime)]);
        const slug = `race-${round}`;

        const results = await Promise.all([a, b].map((user) => user.call(CREATE_SHOP, { input: { slug, title: 'Mine' } })));

        const winners = results.filter((r) => r.body.data?.createShop);
        const losers = results.filter((r) => !r.body.data?.createShop);
        expect(winners).toHaveLength(1);
        expect(losers.map((r) => r.body.errors[0].errorType)).toEqual(['SLUG_TAKEN']);
        const owner = expectData(await anonymous(runtime).call(SHOP_BY_SLUG, { slug })).shopBySlug.creator.id;
        expect(owner).toBe(winners[0]!.body.data.createShop.creator.id);
      }
    });

    it('lets exactly one of many creators racing for a slug win', async () => {
      const racers = await Promise.all(Array.from({ length: 8 }, () => creator(runtime)));

      const results = await Promise.all(racers.map((user) => user.call(CREATE_SHOP, { input: { slug: 'crowded', title: 'Mine' } })));

      const claims = (await tableItems(runtime)).filter((item) => item.pk === 'SLUG#crowded');
      expect(results.filter((r) => r.body.data?.createShop)).toHaveLength(1);
      expect(results.filter((r) => !r.body.data?.createShop).map((r) => r.body.errors[0].errorType)).toEqual(Array(7).fill('SLUG_TAKEN'));
      expect(claims).toHaveLength(1);
    });
  });

  describe('shop, shopBySlug and myShop', () => {
    it('finds a shop by id and by slug, in any case, for anonymous browsers', async () => {
      const { user, shop } = await creatorWithShop(runtime, 'browse-me');

      const byId = expectData(await anonymous(runtime).call(SHOP, { id: shop.id })).shop;
      const bySlug = expectData(await anonymous(runtime).call(SHOP_BY_SLUG, { slug: 'BROWSE-me' })).shopBySlug;

      expect(byId).toMatchObject({ id: shop.id, slug: 'browse-me', creator: { id: user.sub, displayName: 'Test Creator' } });
      expect(bySlug).toMatchObject({ id: shop.id, slug: 'browse-me', creator: { id: user.sub } });
    });

    it('finds nothing for an unknown id or slug, or a slug that cannot exist', async () => {
      const none = anonymous(runtime);

      expect(expectData(await none.call(SHOP, { id: 'missing' })).shop).toBeNull();
      expect(expectData(await none.call(SHOP_BY_SLUG, { slug: 'no-such-shop' })).shopBySlug).toBeNull();
      expect(expectData(await none.call(SHOP_BY_SLUG, { slug: 'not a slug!' })).shopBySlug).toBeNull();
    });

    it('reads the shop and its creator in two DynamoDB requests, the creator costing nothing more', async () => {
      await creatorWithShop(runtime, 'counted');
      requests.length = 0;

      expectData(await anonymous(runtime).call(SHOP_BY_SLUG, { slug: 'counted' }));

      expect(requests.map((r) => r.operation)).toEqual(['GetItem', 'BatchGetItem']);
    });

    it('answers myShop with null for a creator without a shop, and refuses the API key', async () => {
      const user = await creator(runtime);

      expect(expectData(await user.call(MY_SHOP)).myShop).toBeNull();
      expectError(await anonymous(runtime).call(MY_SHOP), 'Unauthorized');
    });
  });

  describe('updateShop', () => {
    it('changes the fields given, keeps the others and removes those set to null', async () => {
      const { user, shop } = await creatorWithShop(runtime, 'edit-me');
      expectData(await user.call(UPDATE_SHOP, { id: shop.id, input: { description: 'Old', bannerUrl: 'https://img.example/1.jpg' } }));

      const updated = expectData(await user.call(UPDATE_SHOP, { id: shop.id, input: { title: 'New title', bannerUrl: null } })).updateShop;

      expect(updated).toMatchObject({
        id: shop.id,
        slug: 'edit-me',
        title: 'New title',
        description: 'Old',
        bannerUrl: null,
        creator: { id: user.sub },
      });
      expect(expectData(await anonymous(runtime).call(SHOP, { id: shop.id })).shop).toMatchObject({ title: 'New title', bannerUrl: null });
    });

    it('moves the shop to a new slug and releases the old one', async () => {
      const { user, shop } = await creatorWithShop(runtime, 'old-slug');

      const updated = expectData(await user.call(UPDATE_SHOP, { id: shop.id, input: { slug: 'New-Slug' } })).updateShop;
      const other = await creator(runtime);

      expect(updated.slug).toBe('new-slug');
      expect(expectData(await anonymous(runtime).call(SHOP_BY_SLUG, { slug: 'new-slug' })).shopBySlug.id).toBe(shop.id);
      expect(expectData(await anonymous(runtime).call(SHOP_BY_SLUG, { slug: 'old-slug' })).shopBySlug).toBeNull();
      expect(expectData(await other.call(CREATE_SHOP, { input: { slug: 'old-slug', title: 'Reused' } })).createShop.slug).toBe('old-slug');
      expect(expectData(await anonymous(runtime).call(SHOP, { id: shop.id })).shop.slug).toBe('new-slug');
    });

    it('keeps the stored shop and its slug claim in step over successive slug changes', async () => {
      const { user, shop } = await creatorWithShop(runtime, 'first-slug');

      expectData(await user.call(UPDATE_SHOP, { id: shop.id, input: { slug: 'second-slug' } }));
      const third = expectData(await user.call(UPDATE_SHOP, { id: shop.id, input: { slug: 'third-slug' } })).updateShop;

      expect(third.slug).toBe('third-slug');
      expect(expectData(await anonymous(runtime).call(SHOP, { id: shop.id })).shop.slug).toBe('third-slug');
      expect(expectData(await anonymous(runtime).call(SHOP_BY_SLUG, { slug: 'third-slug' })).shopBySlug).toMatchObject({
        id: shop.id,
        slug: 'third-slug',
      });
      for (const released of ['first-slug', 'second-slug']) {
        expect(expectData(await anonymous(runtime).call(SHOP_BY_SLUG, { slug: released })).shopBySlug).toBeNull();
      }
    });

    it('refuses a slug another shop holds with SLUG_TAKEN, changing nothing', async () => {
      await creatorWithShop(runtime, 'held-slug');
      const { user, shop } = await creatorWithShop(runtime, 'wants-held');
      const before = await tableItems(runtime);

      expectError(await user.call(UPDATE_SHOP, { id: shop.id, input: { slug: 'held-slug', title: 'Changed' } }), 'SLUG_TAKEN');

      expect(await tableItems(runtime)).toEqual(before);
    });

    it('refuses another creator with FORBIDDEN, and lets an admin through', async () => {
      const { shop } = await creatorWithShop(runtime, 'owned-shop');
      const intruder = await creator(runtime);
      const admin = await signIn(runtime, ['admins']);
      const before = await tableItems(runtime);

      expectError(await intruder.call(UPDATE_SHOP, { id: shop.id, input: { title: 'Mine now' } }), 'FORBIDDEN');
      expect(await tableItems(runtime)).toEqual(before);
      expect(expectData(await admin.call(UPDATE_SHOP, { id: shop.id, input: { title: 'Moderated' } })).updateShop.title).toBe('Moderated');
    });

    it('answers NOT_FOUND for an unknown shop', async () => {
      const user = await creator(runtime);

      expectError(await user.call(UPDATE_SHOP, { id: 'missing', input: { title: 'x' } }), 'NOT_FOUND');
    });

    it.each([
      [{}, 'input', 'must change at least one field'],
      [{ title: null }, 'title', 'cannot be removed'],
      [{ slug: null }, 'slug', 'cannot be removed'],
      [{ slug: 'a' }, 'slug', 'must be 3 to 40 characters'],
    ])('refuses %j with VALIDATION, writing nothing', async (input, field, message) => {
      const { user, shop } = await creatorWithShop(
        runtime,
        `valid-${field}-${Object.keys(input).length}-${String(Math.random()).slice(2, 8)}`,
      );
      const before = await tableItems(runtime);

      const error = expectError(await user.call(UPDATE_SHOP, { id: shop.id, input }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field, message }]);
      expect(await tableItems(runtime)).toEqual(before);
    });

    it('is refused to shoppers and brands by their group', async () => {
      const { shop } = await creatorWithShop(runtime, 'group-guarded');
      const shopper = await signIn(runtime, ['shoppers']);
      const brand = await signIn(runtime, ['brands']);

      expectError(await shopper.call(UPDATE_SHOP, { id: shop.id, input: { title: 'x' } }), 'Unauthorized');
      expectError(await brand.call(UPDATE_SHOP, { id: shop.id, input: { title: 'x' } }), 'Unauthorized');
    });
  });
});
