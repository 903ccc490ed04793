import { AdminListGroupsForUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import {
  CREATE_BRAND,
  CREATE_PRODUCT,
  UPDATE_INVENTORY,
  anonymous,
  brandWithOwner,
  expectData,
  expectError,
  productInput,
  signIn,
  startShopsRuntime,
  tableItems,
} from './support.ts';

const BRAND = `query ($id: ID!) { brand(id: $id) { id name description products(limit: 10) { items { id title } nextToken } } }`;
const PRODUCT = `query ($id: ID!) { product(id: $id) { id title price { amount currency } inventory commissionRateBps returnWindowDays brand { id name } } }`;
const PRODUCTS = `query ($brandId: ID!, $limit: Int, $nextToken: String) {
  products(brandId: $brandId, limit: $limit, nextToken: $nextToken) { items { id title } nextToken }
}`;
const MY_BRANDS = `query ($limit: Int, $nextToken: String) { me { brands(limit: $limit, nextToken: $nextToken) { items { id name } nextToken } } }`;
const UPDATE_PRODUCT = `mutation ($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) { id title description imageUrl price { amount currency } commissionRateBps returnWindowDays inventory }
}`;

describe('brands, products and inventory', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startShopsRuntime();
  });

  afterAll(() => runtime?.stop());

  async function productOf(stock = 40) {
    const { owner, brand, admin } = await brandWithOwner(runtime);
    const product = expectData(await owner.call(CREATE_PRODUCT, { input: productInput(brand.id, { inventory: stock }) })).createProduct;
    return { owner, brand, admin, product };
  }

  describe('createBrand and brand', () => {
    it('lets an admin create a brand that anyone can browse and its owner sees as theirs', async () => {
      const admin = await signIn(runtime, ['admins']);
      const owner = await signIn(runtime, ['brands']);

      const brand = expectData(
        await admin.call(CREATE_BRAND, {
          input: { name: ' Copperline ', ownerId: owner.sub, description: 'Pans', websiteUrl: 'https://copperline.example' },
        }),
      ).createBrand;

      expect(brand).toMatchObject({ name: 'Copperline', description: 'Pans', websiteUrl: 'https://copperline.example', logoUrl: null });
      expect(expectData(await anonymous(runtime).call(BRAND, { id: brand.id })).brand).toEqual({
        id: brand.id,
        name: 'Copperline',
        description: 'Pans',
        products: { items: [], nextToken: null },
      });
      expect(expectData(await owner.call(MY_BRANDS)).me.brands.items).toEqual([{ id: brand.id, name: 'Copperline' }]);
    });

    it('is for admins only', async () => {
      const brandUser = await signIn(runtime, ['brands']);

      expectError(await brandUser.call(CREATE_BRAND, { input: { name: 'Self-made', ownerId: brandUser.sub } }), 'Unauthorized');
    });

    it('refuses an owner outside the brands group, or no user at all, with VALIDATION, writing nothing', async () => {
      const admin = await signIn(runtime, ['admins']);
      const shopper = await signIn(runtime, ['shoppers']);
      const before = await tableItems(runtime);

      const outsider = expectError(await admin.call(CREATE_BRAND, { input: { name: 'Not theirs', ownerId: shopper.sub } }), 'VALIDATION');
      const nobody = expectError(
        await admin.call(CREATE_BRAND, { input: { name: 'Nobody’s', ownerId: '00000000-0000-4000-8000-000000000000' } }),
        'VALIDATION',
      );

      expect(outsider.errorInfo.problems).toEqual([{ field: 'ownerId', message: 'is not a user of the brands group' }]);
      expect(nobody.errorInfo.problems).toEqual([{ field: 'ownerId', message: 'is not a user' }]);
      expect(await tableItems(runtime)).toEqual(before);
    });

    it('reads group membership from the user pool as only the principal granted AdminListGroupsForUser may', async () => {
      const owner = await signIn(runtime, ['brands']);
      const cognitoAs = (principal: string, secretAccessKey?: string) => {
        const { credentials } = runtime.auth.iam.principal(principal);
        return new CognitoIdentityProviderClient({
          endpoint: new URL(runtime.url).origin,
          region: runtime.auth.iam.region,
          credentials: { ...credentials, secretAccessKey: secretAccessKey ?? credentials.secretAccessKey },
        });
      };
      const listGroups = new AdminListGroupsForUserCommand({ UserPoolId: runtime.auth.userPool.id, Username: owner.sub });

      const granted = await cognitoAs('userDirectory').send(listGroups);
      const ungranted = await cognitoAs('checkout')
        .send(listGroups)
        .catch((e: Error) => e);
      const forged = await cognitoAs('userDirectory', 'not-the-secret')
        .send(listGroups)
        .catch((e: Error) => e);

      expect(granted.Groups?.map((g) => g.GroupName)).toEqual(['brands']);
      expect(ungranted).toMatchObject({
        name: 'AccessDeniedException',
        message: expect.stringContaining('cognito-idp:AdminListGroupsForUser'),
      });
      expect(forged).toMatchObject({ name: 'InvalidSignatureException' });
    });

    it('refuses invalid input with VALIDATION, writing nothing', async () => {
      const admin = await signIn(runtime, ['admins']);
      const before = await tableItems(runtime);

      const error = expectError(
        await admin.call(CREATE_BRAND, { input: { name: '', ownerId: ' ', logoUrl: 'http://logo.example/x.png' } }),
        'VALIDATION',
      );

      expect(error.errorInfo.problems.map((p: { field: string }) => p.field)).toEqual(['name', 'ownerId', 'logoUrl']);
      expect(await tableItems(runtime)).toEqual(before);
    });

    it('pages through an owner’s brands, newest first', async () => {
      const admin = await signIn(runtime, ['admins']);
      const owner = await signIn(runtime, ['brands']);
      const names = ['One', 'Two', 'Three'];
      for (const name of names) expectData(await admin.call(CREATE_BRAND, { input: { name, ownerId: owner.sub } }));

      const first = expectData(await owner.call(MY_BRANDS, { limit: 2 })).me.brands;
      const second = expectData(await owner.call(MY_BRANDS, { limit: 2, nextToken: first.nextToken })).me.brands;

      expect([...first.items, ...second.items].map((b: { name: string }) => b.name)).toEqual(['Three', 'Two', 'One']);
      expect(first.nextToken).toEqual(expect.any(String));
    });
  });

  describe('createProduct and product', () => {
    it('lets the brand owner list a product, priced in minor units, that anyone can browse', async () => {
      const { owner, brand } = await brandWithOwner(runtime, 'Copperline');

      const product = expectData(
        await owner.call(CREATE_PRODUCT, { input: productInput(brand.id, { title: '  Saucepan ' }) }),
      ).createProduct;

      expect(product).toMatchObject({
        brandId: brand.id,
        title: 'Saucepan',
        price: { amount: 12900, currency: 'USD' },
        inventory: 40,
        commissionRateBps: 1200,
        returnWindowDays: 30,
        brand: { id: brand.id, name: 'Copperline' },
      });
      expect(expectData(await anonymous(runtime).call(PRODUCT, { id: product.id })).product).toEqual({
        id: product.id,
        title: 'Saucepan',
        price: { amount: 12900, currency: 'USD' },
        inventory: 40,
        commissionRateBps: 1200,
        returnWindowDays: 30,
        brand: { id: brand.id, name: 'Copperline' },
      });
    });

    it('lets an admin list a product for any brand', async () => {
      const { admin, brand } = await brandWithOwner(runtime);

      expect(expectData(await admin.call(CREATE_PRODUCT, { input: productInput(brand.id) })).createProduct.brandId).toBe(brand.id);
    });

    it('refuses another brand’s owner with FORBIDDEN, writing nothing', async () => {
      const { brand } = await brandWithOwner(runtime);
      const { owner: otherOwner } = await brandWithOwner(runtime);
      const before = await tableItems(runtime);

      expectError(await otherOwner.call(CREATE_PRODUCT, { input: productInput(brand.id) }), 'FORBIDDEN');

      expect(await tableItems(runtime)).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown brand', async () => {
      const { owner } = await brandWithOwner(runtime);

      const error = expectError(await owner.call(CREATE_PRODUCT, { input: productInput('no-such-brand') }), 'NOT_FOUND');

      expect(error.errorInfo).toEqual({ id: 'no-such-brand' });
    });

    it('is refused to creators and shoppers by their group', async () => {
      const { brand } = await brandWithOwner(runtime);

      for (const group of ['creators', 'shoppers']) {
        const user = await signIn(runtime, [group]);
        expectError(await user.call(CREATE_PRODUCT, { input: productInput(brand.id) }), 'Unauthorized');
      }
    });

    it.each([
      [{ title: ' ' }, 'title', 'cannot be blank'],
      [{ title: 't'.repeat(121) }, 'title', 'must be at most 120 characters'],
      [{ price: { amount: 0, currency: 'USD' } }, 'price.amount', 'must be between 1 and 10000000 minor units'],
      [{ price: { amount: 10000001, currency: 'EUR' } }, 'price.amount', 'must be between 1 and 10000000 minor units'],
      [{ inventory: -1 }, 'inventory', 'must be between 0 and 1000000'],
      [{ commissionRateBps: 99 }, 'commissionRateBps', 'must be between 100 and 5000'],
      [{ commissionRateBps: 5001 }, 'commissionRateBps', 'must be between 100 and 5000'],
      [{ returnWindowDays: 91 }, 'returnWindowDays', 'must be between 0 and 90'],
      [{ imageUrl: 'http://images.example/x.jpg' }, 'imageUrl', 'must be an https:// URL'],
    ])('refuses %j with VALIDATION on %s, writing nothing', async (overrides, field, message) => {
      const { owner, brand } = await brandWithOwner(runtime);
      const before = await tableItems(runtime);

      const error = expectError(await owner.call(CREATE_PRODUCT, { input: productInput(brand.id, overrides) }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field, message }]);
      expect(await tableItems(runtime)).toEqual(before);
    });

    it('refuses a currency the platform does not settle in before any resolver runs', async () => {
      const { owner, brand } = await brandWithOwner(runtime);

      const res = await owner.call(CREATE_PRODUCT, { input: productInput(brand.id, { price: { amount: 100, currency: 'XXX' } }) });

      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].message).toContain('CurrencyCode');
    });

    it('answers null for an unknown product', async () => {
      expect(expectData(await anonymous(runtime).call(PRODUCT, { id: 'missing' })).product).toBeNull();
    });
  });

  describe('products', () => {
    it('pages through a brand’s products, newest first, to the last page', async () => {
      const { owner, brand } = await brandWithOwner(runtime);
      const titles = Array.from({ length: 7 }, (_, i) => `Product ${i + 1}`);
      for (const title of titles) expectData(await owner.call(CREATE_PRODUCT, { input: productInput(brand.id, { title }) }));

      const seen: string[] = [];
      let nextToken: string | null = null;
      let pages = 0;
      do {
        const page: { items: { title: string }[]; nextToken: string | null } = expectData(
          await anonymous(runtime).call(PRODUCTS, { brandId: brand.id, limit: 3, nextToken }),
        ).products;
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((p) => p.title));
        nextToken = page.nextToken;
        pages += 1;
      } while (nextToken && pages < 10);

      expect(seen).toEqual([...titles].reverse());
      expect(pages).toBeGreaterThanOrEqual(3);
    });

    it('defaults to 20 a page', async () => {
      const { owner, brand } = await brandWithOwner(runtime);
      for (let i = 0; i < 21; i += 1) expectData(await owner.call(CREATE_PRODUCT, { input: productInput(brand.id, { title: `P${i}` }) }));

      const page = expectData(await anonymous(runtime).call(PRODUCTS, { brandId: brand.id })).products;

      expect(page.items).toHaveLength(20);
      expect(page.nextToken).toEqual(expect.any(String));
    });

    it.each([0, 101, -5])('refuses limit %i with VALIDATION', async (limit) => {
      const error = expectError(await anonymous(runtime).call(PRODUCTS, { brandId: 'any', limit }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field: 'limit', message: 'must be between 1 and 100' }]);
    });

    it('answers an empty page for a brand without products', async () => {
      expect(expectData(await anonymous(runtime).call(PRODUCTS, { brandId: 'no-such-brand' })).products).toEqual({
        items: [],
        nextToken: null,
      });
    });
  });

  describe('updateProduct', () => {
    it('changes the fields given and removes those set to null', async () => {
      const { owner, product } = await productOf();

      const updated = expectData(
        await owner.call(UPDATE_PRODUCT, {
          id: product.id,
          input: { title: 'Saucepan, 3 qt', price: { amount: 14900, currency: 'EUR' }, commissionRateBps: 1500, description: null },
        }),
      ).updateProduct;

      expect(updated).toMatchObject({
        title: 'Saucepan, 3 qt',
        description: null,
        imageUrl: product.imageUrl,
        price: { amount: 14900, currency: 'EUR' },
        commissionRateBps: 1500,
        returnWindowDays: 30,
        inventory: 40,
      });
    });

    it('refuses another brand’s owner with FORBIDDEN and lets an admin through', async () => {
      const { product, admin } = await productOf();
      const { owner: otherOwner } = await brandWithOwner(runtime);
      const before = await tableItems(runtime);

      expectError(await otherOwner.call(UPDATE_PRODUCT, { id: product.id, input: { title: 'Stolen' } }), 'FORBIDDEN');

      expect(await tableItems(runtime)).toEqual(before);
      expect(expectData(await admin.call(UPDATE_PRODUCT, { id: product.id, input: { title: 'Fixed typo' } })).updateProduct.title).toBe(
        'Fixed typo',
      );
    });

    it('answers NOT_FOUND for an unknown product', async () => {
      const { owner } = await brandWithOwner(runtime);

      expectError(await owner.call(UPDATE_PRODUCT, { id: 'missing', input: { title: 'x' } }), 'NOT_FOUND');
    });

    it.each([
      [{}, 'input', 'must change at least one field'],
      [{ price: null }, 'price', 'cannot be removed'],
      [{ commissionRateBps: null }, 'commissionRateBps', 'cannot be removed'],
      [{ returnWindowDays: -1 }, 'returnWindowDays', 'must be between 0 and 90'],
    ])('refuses %j with VALIDATION, writing nothing', async (input, field, message) => {
      const { owner, product } = await productOf();
      const before = await tableItems(runtime);

      const error = expectError(await owner.call(UPDATE_PRODUCT, { id: product.id, input }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field, message }]);
      expect(await tableItems(runtime)).toEqual(before);
    });
  });

  describe('updateInventory', () => {
    it('adds and removes stock', async () => {
      const { owner, product } = await productOf(10);

      expect(expectData(await owner.call(UPDATE_INVENTORY, { productId: product.id, delta: 5 })).updateInventory.inventory).toBe(15);
      expect(expectData(await owner.call(UPDATE_INVENTORY, { productId: product.id, delta: -15 })).updateInventory.inventory).toBe(0);
    });

    it('refuses to take stock below zero with OUT_OF_STOCK, changing nothing', async () => {
      const { owner, product } = await productOf(3);

      const error = expectError(await owner.call(UPDATE_INVENTORY, { productId: product.id, delta: -4 }), 'OUT_OF_STOCK');

      expect(error.errorInfo).toEqual({ requested: 4 });
      expect(expectData(await anonymous(runtime).call(PRODUCT, { id: product.id })).product.inventory).toBe(3);
    });

    it('refuses to take stock above the cap with VALIDATION', async () => {
      const { owner, product } = await productOf(999_999);

      const error = expectError(await owner.call(UPDATE_INVENTORY, { productId: product.id, delta: 2 }), 'VALIDATION');

      expect(error.errorInfo.problems).toEqual([{ field: 'delta', message: 'would take the stock above 1000000' }]);
    });

    it.each([0, 1_000_001, -1_000_001])('refuses a delta of %i with VALIDATION', async (delta) => {
      const { owner, product } = await productOf();

      expectError(await owner.call(UPDATE_INVENTORY, { productId: product.id, delta }), 'VALIDATION');
    });

    it('refuses another brand’s owner with FORBIDDEN, answers NOT_FOUND for an unknown product', async () => {
      const { product } = await productOf(10);
      const { owner: otherOwner } = await brandWithOwner(runtime);

      expectError(await otherOwner.call(UPDATE_INVENTORY, { productId: product.id, delta: -1 }), 'FORBIDDEN');
      expectError(await otherOwner.call(UPDATE_INVENTORY, { productId: 'missing', delta: -1 }), 'NOT_FOUND');
      expect(expectData(await anonymous(runtime).call(PRODUCT, { id: product.id })).product.inventory).toBe(10);
    });

    it('applies 50 concurrent updates exactly', async () => {
      // Prepare: 30 removals of 3 and 20 additions of 2 from 100 end at exactly 50, whatever the order.
      const { owner, product } = await productOf(100);
      const deltas = [...Array(30).fill(-3), ...Array(20).fill(2)];

      // Act
      const results = await Promise.all(deltas.map((delta) => owner.call(UPDATE_INVENTORY, { productId: product.id, delta })));

      // Assess
      results.forEach((r) => expectData(r));
      expect(expectData(await anonymous(runtime).call(PRODUCT, { id: product.id })).product.inventory).toBe(50);
    });

    it('sells exactly the stock when 50 concurrent buyers want 10 units', async () => {
      const { owner, product } = await productOf(10);

      const results = await Promise.all(
        Array.from({ length: 50 }, () => owner.call(UPDATE_INVENTORY, { productId: product.id, delta: -1 })),
      );

      const sold = results.filter((r) => r.body.data?.updateInventory);
      const refused = results.filter((r) => !r.body.data?.updateInventory).map((r) => r.body.errors[0].errorType);
      expect(sold).toHaveLength(10);
      expect(refused).toEqual(Array(40).fill('OUT_OF_STOCK'));
      expect(expectData(await anonymous(runtime).call(PRODUCT, { id: product.id })).product.inventory).toBe(0);
    });
  });
});
