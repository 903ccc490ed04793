import type { Context } from '@aws-appsync/utils';
import { indexPageQuery } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { pageSize, toPage } from '../shared/pagination.ts';
import { BRAND_PREFIX, GSI1, ownerBrandsPartition } from './keys.ts';
import type { MeBrandsArgs } from './types.generated.ts';

type Args = MeBrandsArgs;

export function request(ctx: Context<Args>) {
  const limit = pageSize(ctx.args.limit);
  const owner = (ctx.source as { id: string }).id;
  return indexPageQuery({
    index: GSI1,
    partitionKey: 'gsi1pk',
    partition: ownerBrandsPartition(owner),
    sortKey: 'gsi1sk',
    prefix: BRAND_PREFIX,
    limit,
    nextToken: ctx.args.nextToken,
    newestFirst: true,
  });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return toPage(ctx.result);
}
