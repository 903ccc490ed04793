import type { LocalRuntime } from '../../local/runtime.ts';
import { CREATE_BRAND, CREATE_CREATOR_PROFILE, CREATE_PRODUCT, CREATE_SHOP, expectData, productInput } from '../shops/support.ts';
import { signIn, type Caller, type TestApi } from './api.ts';

export { expectData, expectError, tableItems } from '../shops/support.ts';

/** A signed-in creator with a creator profile and a shop at `slug`. */
export async function creatorWithShop(api: TestApi, slug: string, displayName = 'Test Creator') {
  const user = await signIn(api, ['creators'], 'creator');
  expectData(await user.call(CREATE_CREATOR_PROFILE, { input: { displayName } }));
  const shop = expectData(await user.call(CREATE_SHOP, { input: { slug, title: `Shop ${slug}` } })).createShop;
  return { user, shop: shop as { id: string; slug: string } };
}

export interface TestProduct {
  id: string;
  brandId: string;
  title: string;
  commissionRateBps: number;
  price: { amount: number; currency: string };
}

/** A brand owned by a fresh user of the `brands` group, with `count` products made by its owner. */
export async function brandWithProducts(api: TestApi, count: number, name = 'Test Brand', overrides: Record<string, unknown> = {}) {
  const admin = await signIn(api, ['admins'], 'admin');
  const owner = await signIn(api, ['brands'], 'brand');
  const brand = expectData(await admin.call(CREATE_BRAND, { input: { name, ownerId: owner.sub } })).createBrand as {
    id: string;
    name: string;
  };
  const products: TestProduct[] = [];
  for (let i = 0; i < count; i += 1) {
    const input = productInput(brand.id, { title: `${name} product ${i + 1}`, ...overrides });
    products.push(expectData(await owner.call(CREATE_PRODUCT, { input })).createProduct);
  }
  return { admin, owner: owner as Caller, brand, products };
}

/** Counts the DynamoDB requests the runtime makes, as AppSync issues them (one per data-source call). */
export class RequestCounter {
  private calls: { operation: string; tables: string[] }[] = [];
  readonly hook = (call: { operation: string; tables: string[] }) => {
    this.calls.push(call);
  };

  /** The requests made while `act` ran. */
  async during(act: () => Promise<unknown>) {
    this.calls = [];
    await act();
    return this.calls.map((c) => ({ operation: c.operation, tables: c.tables }));
  }
}

/** The logical table a physical table name belongs to. */
export const logicalTable = (runtime: LocalRuntime, physical: string) =>
  ['Shops', 'Recommendations', 'Commerce', 'Live'].find((t) => runtime.tableName(t) === physical) ?? physical;
