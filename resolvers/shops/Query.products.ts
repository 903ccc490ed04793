import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { pageSize, toPage } from '../shared/pagination.ts';
import { brandProductsPage } from './keys.ts';
import type { QueryProductsArgs } from './types.generated.ts';

type Args = QueryProductsArgs;

/** An unknown brand has no products: an empty page, not an error, and no extra read to tell. */
export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit);
  return indexPageQuery(brandProductsPage(ctx.args.brandId, limit, ctx.args.nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
