import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { shopKey } from './keys.ts';
import type { QueryShopArgs } from './types.generated.ts';

type Args = QueryShopArgs;

export function request(ctx: Context<Args>) {
  return getItem(shopKey(ctx.args.id));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
