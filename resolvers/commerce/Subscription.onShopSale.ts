import { extensions, util, type Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { getItem } from '../shared/dynamodb.ts';
import { notFound, raiseUnexpected } from '../shared/errors.ts';
import { shopKey } from '../shops/keys.ts';
import type { SubscriptionOnShopSaleArgs } from './types.generated.ts';

type Args = SubscriptionOnShopSaleArgs;

/** Runs when a client subscribes: only the shop's creator may follow its sales. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators]);
  return getItem(shopKey(ctx.args.shopId));
}

export function response(ctx: Context<Args>) {
  raiseUnexpected(ctx.error);
  if (!ctx.result) notFound('shop', ctx.args.shopId);
  if (ctx.result.ownerId !== signedInUser(ctx).sub) util.unauthorized();
  extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ shopId: { eq: ctx.args.shopId } }));
  return null;
}
