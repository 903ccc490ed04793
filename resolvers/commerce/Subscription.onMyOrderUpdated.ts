import { extensions, util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../shared/auth.ts';

/** Runs when a client subscribes: the filter is the caller's identity, which no argument can fake. */
export function request(ctx: Context) {
  signedInUser(ctx);
  return { payload: null };
}

export function response(ctx: Context) {
  extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ buyerId: { eq: signedInUser(ctx).sub } }));
  return null;
}
