import { util, type Context } from '@aws-appsync/utils';
import { conditionFailed, toKey, updateExpression } from '../../shared/dynamodb.ts';
import { conflict, raiseUnexpected } from '../../shared/errors.ts';
import { productKey } from '../keys.ts';

/** Applies `ctx.stash.changes` to the product authorizeProductOwner read, still owned as it saw it. */
export function request(ctx: Context) {
  const product = ctx.prev.result as { id: string; ownerId: string };
  return {
    operation: 'UpdateItem',
    key: toKey(productKey(product.id)),
    update: updateExpression({ ...ctx.stash.changes, updatedAt: util.time.nowISO8601() }),
    condition: { expression: 'ownerId = :ownerId', expressionValues: util.dynamodb.toMapValues({ ':ownerId': product.ownerId }) },
  };
}

export function response(ctx: Context) {
  if (conditionFailed(ctx.error)) conflict('The product changed hands while being updated; retry.');
  raiseUnexpected(ctx.error);
  return ctx.result;
}
