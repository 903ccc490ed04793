import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { pageSize, toPage } from '../shared/pagination.ts';
import { brandProductsPage } from './keys.ts';
import type { BrandProductsArgs } from './types.generated.ts';

type Args = BrandProductsArgs;

export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit);
  return indexPageQuery(brandProductsPage((ctx.source as { id: string }).id, limit, ctx.args.nextToken));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
