import { runtime, type Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { productKey } from '../shops/keys.ts';

type Source = { productId: string; product?: unknown };

/** The feed batches products with their recommendations; reuse them. Otherwise one read of the catalog. */
export function request(ctx: Context) {
  const rec = ctx.source as Source;
  if (rec.product) return runtime.earlyReturn(rec.product);
  return getItem(productKey(rec.productId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
