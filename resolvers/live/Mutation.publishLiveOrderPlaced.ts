import type { Context } from '@aws-appsync/utils';
import { requireIam } from '../shared/auth.ts';
import { refuseInvalid, text, type Problem } from '../shared/validation.ts';
import { EVENT, liveEvent } from './events.ts';
import { orderQuantity } from './rules.ts';
import type { MutationPublishLiveOrderPlacedArgs } from './types.generated.ts';

type Args = MutationPublishLiveOrderPlacedArgs;

/** Publish-only (NONE data source): nothing is written; onLiveStreamEvent subscribers receive the result. */
export function request(ctx: Context<Args>) {
  requireIam();
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const order = {
    orderId: input.orderId,
    productId: input.productId,
    quantity: orderQuantity(problems, input.quantity),
    buyerDisplayName: text(problems, 'buyerDisplayName', input.buyerDisplayName, { max: 40 }) ?? null,
  };
  refuseInvalid(problems);
  return { payload: liveEvent(input.streamId, EVENT.orderPlaced, { order }) };
}

export function response(ctx: Context) {
  return ctx.result;
}
