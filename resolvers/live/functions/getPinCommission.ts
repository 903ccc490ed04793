import { util, type Context } from '@aws-appsync/utils';
import { toKey } from '../../shared/dynamodb.ts';
import { ERROR, notFound, raiseUnexpected } from '../../shared/errors.ts';
import { productKey } from '../../shops/keys.ts';
import { recommendationKey } from '../../recommendations/keys.ts';
import type { Stream } from '../rules.ts';
import { tables } from '../../shared/tables.ts';

type Product = { id: string; commissionRateBps: number };
type Recommendation = { commissionRateBps: number };

/**
 * The product and the shop's recommendation of it, in one BatchGetItem across the Shops and
 * Recommendations tables. A recommended product earns the rate snapshotted when it was
 * recommended; any other, the product's rate now. Expects the stream in `ctx.prev.result`.
 */
export function request(ctx: Context<{ productId: string }>) {
  const stream = ctx.prev.result as Stream;
  ctx.stash.stream = stream;
  return {
    operation: 'BatchGetItem',
    tables: {
      [tables.Shops]: { keys: [toKey(productKey(ctx.args.productId))], consistentRead: true },
      [tables.Recommendations]: { keys: [toKey(recommendationKey(stream.shopId, ctx.args.productId))], consistentRead: true },
    },
  };
}

export function response(ctx: Context<{ productId: string }>) {
  raiseUnexpected(ctx.error);
  const unprocessed = ctx.result.unprocessedKeys ?? {};
  if (Object.keys(unprocessed).some((table) => (unprocessed[table] ?? []).length > 0)) {
    util.error('The catalog could not be read in full; retry.', ERROR.unavailable);
  }
  const product = (ctx.result.data[tables.Shops] ?? [])[0] as Product | null;
  const recommendation = (ctx.result.data[tables.Recommendations] ?? [])[0] as Recommendation | null;
  if (!product) notFound('product', ctx.args.productId);
  return {
    product,
    commissionRateBps: recommendation ? recommendation.commissionRateBps : product.commissionRateBps,
    fromRecommendation: !!recommendation,
  };
}
