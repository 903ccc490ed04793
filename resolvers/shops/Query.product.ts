import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { productKey } from './keys.ts';
import type { QueryProductArgs } from './types.generated.ts';

type Args = QueryProductArgs;

export function request(ctx: Context<Args>) {
  return getItem(productKey(ctx.args.id));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
