import { runtime, type Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { brandKey } from './keys.ts';

type Source = { brandId: string; brand?: unknown };

/** Readers that batch products with their brands (the shop page, createProduct) attach the brand; reuse it. */
export function request(ctx: Context) {
  const product = ctx.source as Source;
  if (product.brand) return runtime.earlyReturn(product.brand);
  return getItem(brandKey(product.brandId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
