import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { brandKey } from './keys.ts';
import type { QueryBrandArgs } from './types.generated.ts';

type Args = QueryBrandArgs;

export function request(ctx: Context<Args>) {
  return getItem(brandKey(ctx.args.id));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
