import { util, type Context } from '@aws-appsync/utils';
import { conditionFailed, toKey } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { INVENTORY_MAX } from '../rules.ts';
import { productKey } from '../keys.ts';
import type { MutationUpdateInventoryArgs } from '../types.generated.ts';

/**
 * Adds `ctx.args.delta` to the stock in one conditional update: DynamoDB applies concurrent
 * deltas one after another, and the condition refuses any that would leave the stock below
 * zero or above the cap. Never a read-modify-write.
 */
export function request(ctx: Context<MutationUpdateInventoryArgs>) {
  const product = ctx.prev.result as { id: string; ownerId: string };
  const { delta } = ctx.args;
  return {
    operation: 'UpdateItem',
    key: toKey(productKey(product.id)),
    update: {
      expression: 'SET inventory = inventory + :delta, updatedAt = :now',
      expressionValues: util.dynamodb.toMapValues({ ':delta': delta, ':now': util.time.nowISO8601() }),
    },
    condition: {
      expression: 'ownerId = :ownerId AND inventory BETWEEN :lowest AND :highest',
      expressionValues: util.dynamodb.toMapValues({
        ':ownerId': product.ownerId,
        ':lowest': delta < 0 ? -delta : 0,
        ':highest': delta > 0 ? INVENTORY_MAX - delta : INVENTORY_MAX,
      }),
    },
  };
}

export function response(ctx: Context<MutationUpdateInventoryArgs>) {
  if (conditionFailed(ctx.error)) {
    const { delta } = ctx.args;
    if (delta < 0) util.error(`Not enough stock to remove ${-delta}.`, ERROR.outOfStock, null, { requested: -delta });
    util.error(`Stock cannot exceed ${INVENTORY_MAX}.`, ERROR.validation, null, {
      problems: [{ field: 'delta', message: `would take the stock above ${INVENTORY_MAX}` }],
    });
  }
  raiseUnexpected(ctx.error);
  return ctx.result;
}
