import { createHash } from 'node:crypto';
import { BatchGetItemCommand, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { CheckoutInput } from '../../resolvers/commerce/types.generated.ts';
import { lineCommission, ORDER_BRANDS_MAX, ORDER_LINES_MAX, ORDER_TOTAL_MAX, sumOf, type Line } from '../../resolvers/commerce/rules.ts';
import { brandIdsOf } from '../../resolvers/commerce/orders.ts';
import { productKey, shopKey } from '../../resolvers/shops/keys.ts';
import { recommendationKey } from '../../resolvers/recommendations/keys.ts';
import { GSI2 as SHOP_STREAMS, shopStreamsPartition } from '../../resolvers/live/keys.ts';
import { characters, intInRange, text, type Problem } from '../../resolvers/shared/validation.ts';
import { BusinessError, refuseInvalid } from '../shared/business-error.ts';
import { dynamoDb, fromItem, key, tableName } from '../shared/dynamodb.ts';

/** Per line; a cart of 50 lines at 10 each stays far below what a transaction of stock updates can hold. */
export const LINE_QUANTITY_MAX = 10;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

export interface CheckoutRequest {
  shopId: string;
  /** Merged by product, in the order first given. */
  lines: { productId: string; quantity: number }[];
  idempotencyKey: string;
  paymentToken: string;
  expectedTotal?: { amount: number; currency: string } | null;
  shippingAddress?: { name: string; lines: string[]; city: string; postalCode: string; country: string } | null;
}

/** The input checked field by field; every problem reported at once, nothing read yet. */
export function checkoutRequest(input: CheckoutInput): CheckoutRequest {
  const problems: Problem[] = [];
  const shopId = text(problems, 'shopId', input.shopId, { max: 128, required: true }) as string;
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey ?? ''))
    problems.push({ field: 'idempotencyKey', message: 'must be 8 to 64 of A-Z a-z 0-9 _ -' });
  const paymentToken = input.paymentToken ?? '';
  if (paymentToken.trim() === '' || characters(paymentToken) > 255)
    problems.push({ field: 'paymentToken', message: 'must be 1 to 255 characters' });

  const merged = new Map<string, number>();
  input.lines.forEach((line, i) => {
    const productId = text(problems, `lines[${i}].productId`, line.productId, { max: 128, required: true }) as string;
    intInRange(problems, `lines[${i}].quantity`, line.quantity, 1, LINE_QUANTITY_MAX);
    merged.set(productId, (merged.get(productId) ?? 0) + line.quantity);
  });
  const lines = [...merged].map(([productId, quantity]) => ({ productId, quantity }));
  if (lines.length < 1 || lines.length > ORDER_LINES_MAX)
    problems.push({ field: 'lines', message: `must have 1 to ${ORDER_LINES_MAX} products` });
  lines.forEach(({ productId, quantity }) => {
    if (quantity > LINE_QUANTITY_MAX)
      problems.push({ field: 'lines', message: `must order at most ${LINE_QUANTITY_MAX} of product ${productId} in all` });
  });
  if (input.expectedTotal) intInRange(problems, 'expectedTotal.amount', input.expectedTotal.amount, 0, ORDER_TOTAL_MAX);
  const shippingAddress = input.shippingAddress ? address(problems, input.shippingAddress) : null;
  refuseInvalid(problems);
  return { shopId, lines, idempotencyKey: input.idempotencyKey, paymentToken, expectedTotal: input.expectedTotal, shippingAddress };
}

function address(problems: Problem[], given: NonNullable<CheckoutInput['shippingAddress']>) {
  const at = (field: string) => `shippingAddress.${field}`;
  if (given.lines.length < 1 || given.lines.length > 3) problems.push({ field: at('lines'), message: 'must have 1 to 3 lines' });
  const country = given.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) problems.push({ field: at('country'), message: 'must be an ISO 3166-1 alpha-2 code' });
  return {
    name: text(problems, at('name'), given.name, { max: 100, required: true }) as string,
    lines: given.lines.map((line, i) => text(problems, at(`lines[${i}]`), line, { max: 100, required: true }) as string),
    city: text(problems, at('city'), given.city, { max: 100, required: true }) as string,
    postalCode: text(problems, at('postalCode'), given.postalCode, { max: 20, required: true }) as string,
    country,
  };
}

/** What identifies a cart for idempotency: the shop, the merged lines, the address; never the token. */
export function cartHash(request: CheckoutRequest): string {
  const lines = [...request.lines].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
  const normalized = JSON.stringify({ shopId: request.shopId, lines, shippingAddress: request.shippingAddress ?? null });
  return createHash('sha256').update(normalized).digest('hex');
}

type Product = {
  id: string;
  brandId: string;
  ownerId: string;
  title: string;
  imageUrl?: string;
  price: { amount: number; currency: string };
  commissionRateBps: number;
  returnWindowDays: number;
};

export interface PricedCart {
  shopId: string;
  creatorId: string;
  lines: Line[];
  total: { amount: number; currency: string };
  /** The shop's live stream, if one is on air: its viewers hear of the order. */
  liveStreamId: string | null;
}

/**
 * Prices the cart from the catalog as it is now: each product must be recommended by the shop
 * (its snapshotted commission rate) or pinned in the shop's live stream (the pin's rate).
 */
export async function priceCart(request: CheckoutRequest): Promise<PricedCart> {
  const shops = tableName('SHOPS_TABLE');
  const shop = fromItem<{ id: string; ownerId: string }>(
    (await dynamoDb.send(new GetItemCommand({ TableName: shops, Key: key(shopKey(request.shopId)), ConsistentRead: true }))).Item,
  );
  if (!shop) throw new BusinessError(`No shop with id ${request.shopId}.`, 'NOT_FOUND', { id: request.shopId });

  const [catalog, stream] = await Promise.all([batchGet(request), liveStreamOf(request.shopId)]);
  const problems: Problem[] = [];
  const lines = request.lines.flatMap(({ productId, quantity }, i): Line[] => {
    const product = catalog.products.get(productId);
    if (!product) throw new BusinessError(`No product with id ${productId}.`, 'NOT_FOUND', { id: productId });
    const recommended = catalog.rates.get(productId);
    const pinnedRate = stream?.pinned?.productId === productId ? stream.pinned.commissionRateBps : undefined;
    const commissionRateBps = recommended ?? pinnedRate;
    if (commissionRateBps === undefined) {
      problems.push({ field: `lines[${i}].productId`, message: 'is not recommended by this shop or pinned in its live stream' });
      return [];
    }
    const total = { amount: product.price.amount * quantity, currency: product.price.currency };
    return [
      {
        productId,
        brandId: product.brandId,
        brandOwnerId: product.ownerId,
        title: product.title,
        ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
        unitPrice: product.price,
        quantity,
        commissionRateBps,
        returnWindowDays: product.returnWindowDays,
        total,
        commission: lineCommission(total.amount, commissionRateBps),
      },
    ];
  });
  refuseInvalid(problems);
  const currency = lines[0]!.unitPrice.currency;
  lines.forEach((line, i) => {
    if (line.unitPrice.currency !== currency)
      problems.push({
        field: `lines[${i}].productId`,
        message: `is priced in ${line.unitPrice.currency}, not ${currency}: one currency per order`,
      });
  });
  if (brandIdsOf(lines).length > ORDER_BRANDS_MAX)
    problems.push({ field: 'lines', message: `must come from at most ${ORDER_BRANDS_MAX} brands` });
  const amount = sumOf(lines.map((line) => line.total.amount));
  if (amount > ORDER_TOTAL_MAX) problems.push({ field: 'lines', message: `must total at most ${ORDER_TOTAL_MAX} minor units` });
  refuseInvalid(problems);
  return { shopId: shop.id, creatorId: shop.ownerId, lines, total: { amount, currency }, liveStreamId: stream?.id ?? null };
}

async function batchGet(request: CheckoutRequest) {
  const shops = tableName('SHOPS_TABLE');
  const recommendations = tableName('RECOMMENDATIONS_TABLE');
  const products = new Map<string, Product>();
  const rates = new Map<string, number>();
  let pending: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead: boolean }> | undefined = {
    [shops]: { Keys: request.lines.map((line) => key(productKey(line.productId))), ConsistentRead: true },
    [recommendations]: { Keys: request.lines.map((line) => key(recommendationKey(request.shopId, line.productId))), ConsistentRead: true },
  };
  // BatchGetItem takes 100 keys; 50 lines ask for at most 100. Unprocessed keys are asked again.
  for (let round = 0; pending && Object.keys(pending).length; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** round));
    if (round > 5) throw new Error('The catalog could not be read in full.');
    const answer = await dynamoDb.send(new BatchGetItemCommand({ RequestItems: pending as never }));
    for (const item of answer.Responses?.[shops] ?? []) {
      const product = fromItem<Product>(item)!;
      products.set(product.id, product);
    }
    for (const item of answer.Responses?.[recommendations] ?? []) {
      const rec = fromItem<{ productId: string; commissionRateBps: number }>(item)!;
      rates.set(rec.productId, rec.commissionRateBps);
    }
    pending = answer.UnprocessedKeys as typeof pending;
  }
  return { products, rates };
}

async function liveStreamOf(shopId: string) {
  const answer = await dynamoDb.send(
    new QueryCommand({
      TableName: tableName('LIVE_TABLE'),
      IndexName: SHOP_STREAMS,
      KeyConditionExpression: 'gsi2pk = :shop',
      FilterExpression: '#status = :live',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':shop': { S: shopStreamsPartition(shopId) }, ':live': { S: 'LIVE' } },
      ScanIndexForward: false,
    }),
  );
  return fromItem<{ id: string; pinned?: { productId: string; commissionRateBps: number } }>(answer.Items?.[0]);
}
