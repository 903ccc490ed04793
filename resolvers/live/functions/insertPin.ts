import { util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../../shared/auth.ts';
import { TRANSACTION_CANCELED, failedConditions, toKey, transactPutNew } from '../../shared/dynamodb.ts';
import { conflict, raiseUnexpected } from '../../shared/errors.ts';
import { EVENT, liveEvent } from '../events.ts';
import { pinKey, streamKey } from '../keys.ts';
import { STATUS, streamNotLive, type Stream } from '../rules.ts';
import { nowUtcMillis } from '../../shared/time.ts';
import { tables } from '../../shared/tables.ts';

type Commission = { product: { id: string }; commissionRateBps: number; fromRecommendation: boolean };

/**
 * One transaction: the stream, still LIVE and still the caller's, shows the pin, and the pin is
 * kept in the stream's history (orders placed from it are credited its rate). Expects the stream
 * in `ctx.stash.stream` and the commission in `ctx.prev.result`.
 */
export function request(ctx: Context) {
  const stream = ctx.stash.stream as Stream;
  const { product, commissionRateBps, fromRecommendation } = ctx.prev.result as Commission;
  const id = util.autoUlid();
  const now = nowUtcMillis();
  const pin = { id, streamId: stream.id, productId: product.id, commissionRateBps, fromRecommendation, pinnedAt: now };
  ctx.stash.pin = { ...pin, product };
  const table = tables.Live;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      {
        table,
        operation: 'UpdateItem',
        key: toKey(streamKey(stream.id)),
        update: {
          expression: 'SET pinned = :pin, updatedAt = :now',
          expressionValues: util.dynamodb.toMapValues({ ':pin': pin, ':now': now }),
        },
        condition: {
          expression: '#status = :live AND creatorId = :caller',
          expressionNames: { '#status': 'status' },
          expressionValues: util.dynamodb.toMapValues({ ':live': STATUS.live, ':caller': signedInUser(ctx).sub }),
        },
      },
      transactPutNew(table, pinKey(stream.id, id), { ...pin, pinnedBy: signedInUser(ctx).sub }),
    ],
  };
}

export function response(ctx: Context) {
  // The creator cannot change, so a failed stream condition means the stream ended meanwhile.
  if (failedConditions(ctx.error, ctx.result)[0]) streamNotLive({ ...(ctx.stash.stream as Stream), status: STATUS.ended });
  if (ctx.error && ctx.error.type === TRANSACTION_CANCELED) conflict('The stream changed at the same moment; retry.');
  raiseUnexpected(ctx.error);
  const pin = ctx.stash.pin;
  return liveEvent(pin.streamId, EVENT.pinned, { pin }, pin.pinnedAt);
}
