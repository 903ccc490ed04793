import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import * as sdk from '../../sdk/src/index.ts';
import { UpdateViewerCountDocument } from '../../sdk/src/backend.ts';
import { anonymousClient, backendClient, dataOf, signedInClient, startSdkRuntime } from './support.ts';

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startSdkRuntime();
});
afterAll(async () => {
  await runtime?.stop();
});

/** Every operation of sdk/operations/client/ by name: queries and mutations over HTTP, subscriptions over the realtime protocol. */
function clientOperations(): string[] {
  const dir = path.join(PROJECT_ROOT, 'sdk/operations/client');
  return readdirSync(dir).flatMap((file) =>
    [...readFileSync(path.join(dir, file), 'utf8').matchAll(/^(query|mutation|subscription) (\w+)/gm)].map((match) => match[2]!),
  );
}

/** The data of the next event of a subscription that `accept`s it (without stopping it, as leaving a `for await` would). */
async function nextData<TData, TError>(
  events: sdk.Subscription<TData, TError>,
  accept: (data: TData) => boolean = () => true,
): Promise<TData> {
  for (;;) {
    const next = await events.next();
    if (next.done) throw new Error('The subscription ended before the event');
    const data = dataOf(next.value);
    if (accept(data)) return data;
  }
}

describe('The SDK client against the local Merged API', () => {
  it('runs every front-end operation, from opening a shop to a cancelled order, each answered without errors and each subscription delivering', async () => {
    // Prepare: who uses the API, with the auth mode each front end uses
    const sent = new Set<string>();
    const track = (client: sdk.Client): sdk.Client => ({
      query: (document, ...variables) => (sent.add(operationName(document)), client.query(document, ...variables)),
      mutate: (document, ...variables) => (sent.add(operationName(document)), client.mutate(document, ...variables)),
      subscribe: (document, ...variables) => (sent.add(operationName(document)), client.subscribe(document, ...variables)),
    });
    const anonymous = track(anonymousClient(runtime));
    const admin = await signedInClient(runtime, ['admins']);
    const owner = await signedInClient(runtime, ['brands']);
    const creator = await signedInClient(runtime, ['creators']);
    const shopper = await signedInClient(runtime, ['shoppers']);
    const [asAdmin, asOwner, asCreator, asShopper] = [admin, owner, creator, shopper].map((user) => track(user.client));
    const slug = `sdk-${creator.sub.slice(0, 8)}`;

    // Act: a creator opens a shop
    await asCreator.mutate(sdk.UpdateProfileDocument, { input: { displayName: 'Sid Sdk' } }).then(dataOf);
    await asCreator.mutate(sdk.CreateCreatorProfileDocument, { input: { displayName: 'Sid Sdk' } }).then(dataOf);
    const { createShop: shop } = await asCreator.mutate(sdk.CreateShopDocument, { input: { slug, title: 'Sid’s' } }).then(dataOf);
    await asCreator.mutate(sdk.UpdateShopDocument, { id: shop.id, input: { description: 'Things Sid likes' } }).then(dataOf);
    const me = await asCreator.query(sdk.MeDocument).then(dataOf);
    const myShop = await asCreator.query(sdk.MyShopDocument).then(dataOf);
    // a brand with a product
    const { createBrand: brand } = await asAdmin
      .mutate(sdk.CreateBrandDocument, { input: { name: `Brand ${slug}`, ownerId: owner.sub } })
      .then(dataOf);
    const myBrands = await asOwner.query(sdk.MyBrandsDocument, { limit: 5 }).then(dataOf);
    const { createProduct: product } = await asOwner
      .mutate(sdk.CreateProductDocument, {
        input: {
          brandId: brand.id,
          title: 'Pan',
          price: { amount: 2500, currency: 'USD' },
          inventory: 10,
          commissionRateBps: 1000,
          returnWindowDays: 30,
        },
      })
      .then(dataOf);
    await asOwner.mutate(sdk.UpdateProductDocument, { id: product.id, input: { title: 'Good pan' } }).then(dataOf);
    const { updateInventory } = await asOwner.mutate(sdk.UpdateInventoryDocument, { productId: product.id, delta: 5 }).then(dataOf);
    // the catalog, for anyone
    await anonymous.query(sdk.ShopDocument, { id: shop.id }).then(dataOf);
    const bySlug = await anonymous.query(sdk.ShopBySlugDocument, { slug }).then(dataOf);
    await anonymous.query(sdk.CreatorDocument, { id: creator.sub }).then(dataOf);
    await anonymous.query(sdk.BrandDocument, { id: brand.id }).then(dataOf);
    await anonymous.query(sdk.ProductDocument, { id: product.id }).then(dataOf);
    const products = await anonymous.query(sdk.ProductsDocument, { brandId: brand.id }).then(dataOf);
    // recommendations
    await asCreator.mutate(sdk.RecommendProductDocument, { input: { shopId: shop.id, productId: product.id } }).then(dataOf);
    const feed = await anonymous.query(sdk.ShopFeedDocument, { slug }).then(dataOf);
    await anonymous.query(sdk.RecommendationsDocument, { shopId: shop.id }).then(dataOf);
    // a live stream
    const { scheduleLiveStream: stream } = await asCreator
      .mutate(sdk.ScheduleLiveStreamDocument, { input: { title: 'Cooking live' } })
      .then(dataOf);
    await asCreator.mutate(sdk.StartLiveStreamDocument, { id: stream.id }).then(dataOf);
    const pins = anonymous.subscribe(sdk.OnLiveStreamEventDocument, { streamId: stream.id, kinds: ['PRODUCT_PINNED'] });
    expect(await pins.ready).toBe(true);
    await asCreator.mutate(sdk.PinProductDocument, { streamId: stream.id, productId: product.id }).then(dataOf);
    const pinned = await nextData(pins);
    const { sendComment } = await asShopper.mutate(sdk.SendCommentDocument, { streamId: stream.id, text: 'Induction?' }).then(dataOf);
    const live = await anonymous.query(sdk.LiveStreamDocument, { id: stream.id }).then(dataOf);
    await anonymous.query(sdk.LiveNowDocument).then(dataOf);
    await anonymous.query(sdk.ShopLiveStreamsDocument, { shopId: shop.id }).then(dataOf);
    const comments = await anonymous.query(sdk.LiveCommentsDocument, { streamId: stream.id }).then(dataOf);
    await asCreator.mutate(sdk.DeleteCommentDocument, { streamId: stream.id, commentId: sendComment!.comment!.id }).then(dataOf);
    await asCreator.mutate(sdk.BanFromStreamDocument, { streamId: stream.id, userId: admin.sub }).then(dataOf);
    await asCreator.mutate(sdk.EndLiveStreamDocument, { id: stream.id }).then(dataOf);
    // an order, seen by everyone in it as it moves, then cancelled
    const sales = asCreator.subscribe(sdk.OnShopSaleDocument, { shopId: shop.id });
    const myUpdates = asShopper.subscribe(sdk.OnMyOrderUpdatedDocument);
    expect(await Promise.all([sales.ready, myUpdates.ready])).toEqual([true, true]);
    const { checkout: order } = await asShopper
      .mutate(sdk.CheckoutDocument, {
        input: {
          shopId: shop.id,
          lines: [{ productId: product.id, quantity: 1 }],
          idempotencyKey: `sdk-${shopper.sub}`,
          paymentToken: 'tok_visa',
        },
      })
      .then(dataOf);
    const confirmed = await nextData(myUpdates, (d) => d.onMyOrderUpdated?.status === 'CONFIRMED');
    const sale = await nextData(sales);
    const orderUpdates = asShopper.subscribe(sdk.OnOrderUpdatedDocument, { id: order.id });
    expect(await orderUpdates.ready).toBe(true);
    await asShopper.query(sdk.OrderDocument, { id: order.id }).then(dataOf);
    const myOrders = await asShopper.query(sdk.MyOrdersDocument).then(dataOf);
    await asCreator.query(sdk.ShopOrdersDocument, { shopId: shop.id }).then(dataOf);
    await asOwner.query(sdk.BrandOrdersDocument, { brandId: brand.id }).then(dataOf);
    const today = new Date().toISOString().slice(0, 10);
    await asCreator.query(sdk.MyEarningsDocument, { from: today, to: today }).then(dataOf);
    await asShopper.mutate(sdk.CancelOrderDocument, { id: order.id, reason: 'changed my mind' }).then(dataOf);
    const cancelled = await nextData(orderUpdates);
    await Promise.all([pins, sales, myUpdates, orderUpdates].map((subscription) => subscription.return()));
    await asCreator.mutate(sdk.RemoveRecommendationDocument, { shopId: shop.id, productId: product.id }).then(dataOf);

    // Assess
    expect([...sent].sort()).toEqual(clientOperations().sort());
    expect(me.me.shop?.slug).toBe(slug);
    expect(myShop.myShop?.id).toBe(shop.id);
    expect(myBrands.me.brands.items.map((b) => b.id)).toEqual([brand.id]);
    expect(updateInventory.inventory).toBe(15);
    expect(bySlug.shopBySlug).toMatchObject({ title: 'Sid’s', description: 'Things Sid likes', creator: { displayName: 'Sid Sdk' } });
    expect(products.products.items.map((p) => p.title)).toEqual(['Good pan']);
    expect(feed.shopBySlug?.recommendations.items.map((r) => r.product?.title)).toEqual(['Good pan']);
    expect(live.liveStream).toMatchObject({ status: 'LIVE', pinned: { product: { id: product.id } }, shop: { slug } });
    expect(comments.liveComments.items.map((c) => c.text)).toEqual(['Induction?']);
    expect(order).toMatchObject({ status: 'PENDING', total: { amount: 2500, currency: 'USD' } });
    expect(myOrders.myOrders.items.map((o) => o.id)).toEqual([order.id]);
    expect(pinned.onLiveStreamEvent).toMatchObject({ kind: 'PRODUCT_PINNED', streamId: stream.id });
    expect(confirmed.onMyOrderUpdated).toMatchObject({ id: order.id, buyerId: shopper.sub });
    expect(sale.onShopSale).toMatchObject({ orderId: order.id, total: { amount: 2500, currency: 'USD' } });
    expect(cancelled.onOrderUpdated).toMatchObject({ id: order.id, status: 'CANCELLED' });
  }, 60_000);

  it('signs backend operations with IAM credentials, as the Lambda functions do', async () => {
    // Prepare
    const creator = await signedInClient(runtime, ['creators']);
    const slug = `sdk-iam-${creator.sub.slice(0, 8)}`;
    await creator.client.mutate(sdk.CreateCreatorProfileDocument, { input: { displayName: 'Ivy Iam' } }).then(dataOf);
    await creator.client.mutate(sdk.CreateShopDocument, { input: { slug, title: 'Ivy’s' } }).then(dataOf);
    const { scheduleLiveStream: stream } = await creator.client
      .mutate(sdk.ScheduleLiveStreamDocument, { input: { title: 'Counting' } })
      .then(dataOf);
    await creator.client.mutate(sdk.StartLiveStreamDocument, { id: stream.id }).then(dataOf);
    // Act
    const reported = await backendClient(runtime, 'viewerCountAggregator').mutate(UpdateViewerCountDocument, {
      streamId: stream.id,
      viewerCount: 42,
    });
    // Assess
    expect(reported).toEqual({
      data: { updateViewerCount: expect.objectContaining({ kind: 'VIEWER_COUNT', viewerCount: 42 }) },
      errors: [],
    });
  });

  it('asks the user pool token function for every request, so a refreshed token is used as soon as there is one', async () => {
    // Prepare
    const tokens = await Promise.all(
      ['first', 'second'].map((n) => runtime.auth.userPool.tokensFor(`sdk-refresh-${n}`, { groups: ['shoppers'] })),
    );
    const given: string[] = [];
    const client = sdk.createClient({
      url: runtime.url,
      auth: { type: 'userPool', token: async () => (given.push('token'), tokens[given.length - 1]!.idToken) },
    });
    // Act
    const first = await client.query(sdk.MeDocument).then(dataOf);
    const second = await client.query(sdk.MeDocument).then(dataOf);
    // Assess
    expect(given).toHaveLength(2);
    expect(first.me.id).not.toBe(second.me.id);
  });
});

const operationName = (document: { definitions: readonly { kind: string; name?: { value: string } }[] }) =>
  document.definitions.find((d) => d.kind === 'OperationDefinition')!.name!.value;

type UpdateInventoryError = sdk.ApiError<'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'OUT_OF_STOCK' | 'Unauthorized'>;

/** What a front end tells the user, by errorType: each case sees its own member of the union. */
function explain(error: Awaited<ReturnType<typeof updateInventory>>['errors'][number]): string {
  switch (error.errorType) {
    case 'OUT_OF_STOCK':
      expectTypeOf(error.errorType).toEqualTypeOf<'OUT_OF_STOCK'>();
      return 'Not enough stock';
    case 'VALIDATION':
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'Unauthorized':
      return 'Cannot change this product';
    case 'UnauthorizedException':
      return 'Sign in again';
    case null:
      return 'Something went wrong';
    default:
      // AppSync's other errors, and any the schema does not document
      expectTypeOf(error.errorType).toEqualTypeOf<string>();
      return `Something went wrong (${error.errorType})`;
  }
}

const updateInventory = (client: sdk.Client, productId: string, delta: number) =>
  client.mutate(sdk.UpdateInventoryDocument, { productId, delta });

describe('Typed errors', () => {
  it('types each operation’s errors by the error types its schema documents, beside AppSync’s own', () => {
    // Assess
    expectTypeOf<Awaited<ReturnType<typeof updateInventory>>['errors'][number]>().toEqualTypeOf<UpdateInventoryError>();
  });

  it('answers a stock change below zero with OUT_OF_STOCK, which a switch over errorType tells apart', async () => {
    // Prepare
    const admin = await signedInClient(runtime, ['admins']);
    const owner = await signedInClient(runtime, ['brands']);
    const { createBrand: brand } = await admin.client
      .mutate(sdk.CreateBrandDocument, { input: { name: 'Typed errors', ownerId: owner.sub } })
      .then(dataOf);
    const input = { brandId: brand.id, title: 'Kettle', price: { amount: 900, currency: 'EUR' as const } };
    const { createProduct: product } = await owner.client
      .mutate(sdk.CreateProductDocument, { input: { ...input, inventory: 1, commissionRateBps: 500, returnWindowDays: 14 } })
      .then(dataOf);
    // Act
    const { data, errors } = await updateInventory(owner.client, product.id, -2);
    // Assess
    expect(data).toBeNull();
    expect(errors).toMatchObject([{ errorType: 'OUT_OF_STOCK', errorInfo: { requested: 2 }, path: ['updateInventory'] }]);
    expect(errors.map(explain)).toEqual(['Not enough stock']);
  });

  it('answers a request AppSync refuses as a whole (HTTP 401) with UnauthorizedException and no data, never by throwing', async () => {
    // Prepare
    const client = sdk.createClient({ url: runtime.url, auth: { type: 'apiKey', apiKey: 'da2-not-a-key' } });
    // Act
    const { data, errors } = await updateInventory(client, 'any', 1);
    // Assess
    expect(data).toBeNull();
    expect(errors).toMatchObject([{ errorType: 'UnauthorizedException' }]);
    expect(errors.map(explain)).toEqual(['Sign in again']);
  });

  it('refuses, at compile time, a variable of the wrong type, a missing or unknown one, and a field the operation does not select', () => {
    // Prepare: type-checked by tsc (npm test), never sent
    const client = anonymousClient(runtime);
    const compileOnly = async () => {
      // @ts-expect-error slug is a String
      await client.query(sdk.ShopBySlugDocument, { slug: 42 });
      // @ts-expect-error slug is required
      await client.query(sdk.ShopBySlugDocument, {});
      // @ts-expect-error ShopBySlug has no variable id
      await client.query(sdk.ShopBySlugDocument, { slug: 'cora-cooks', id: 'x' });
      const { data } = await client.query(sdk.ShopBySlugDocument, { slug: 'cora-cooks' });
      // @ts-expect-error ShopBySlug selects title, not titel
      void data?.shopBySlug?.titel;
    };
    // Assess
    expectTypeOf(compileOnly).toBeFunction();
  });
});
