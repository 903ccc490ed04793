import { util, type Context } from '@aws-appsync/utils';
import { GROUP, isAdmin, requireGroup, signedInUser } from '../shared/auth.ts';
import { conditionFailed, toKey } from '../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../shared/errors.ts';
import { recommendationKey } from './keys.ts';
import type { MutationRemoveRecommendationArgs } from './types.generated.ts';

type Args = MutationRemoveRecommendationArgs;

/**
 * One conditional delete: the recommendation keeps its shop's owner, so the condition is the
 * ownership check. AppSync counts deleting a missing item as done (result null): NOT_FOUND; so a
 * failed condition means the item exists and belongs to another creator: FORBIDDEN.
 */
export function request(ctx: Context<Args>) {
  const user = signedInUser(ctx);
  requireGroup(user, [GROUP.creators, GROUP.admins]);
  const condition = isAdmin(user)
    ? { expression: 'attribute_exists(pk)' }
    : { expression: 'ownerId = :caller', expressionValues: util.dynamodb.toMapValues({ ':caller': user.sub }) };
  return { operation: 'DeleteItem', key: toKey(recommendationKey(ctx.args.shopId, ctx.args.productId)), condition };
}

export function response(ctx: Context<Args>) {
  if (conditionFailed(ctx.error)) util.error('Only the owner of this shop can change it.', ERROR.forbidden);
  raiseUnexpected(ctx.error);
  if (!ctx.result) {
    const { shopId, productId } = ctx.args;
    util.error(`Shop ${shopId} does not recommend product ${productId}.`, ERROR.notFound, null, { shopId, productId });
  }
  return ctx.result;
}
