import { runtime, type Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { productKey } from '../shops/keys.ts';

type Pin = { productId: string; product?: unknown };

/** pinProduct returns its pin with the product it just read: no second read for it. */
export function request(ctx: Context) {
  const pin = ctx.source as Pin;
  if (pin.product) return runtime.earlyReturn(pin.product);
  return getItem(productKey(pin.productId));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
