import { util, type Context } from '@aws-appsync/utils';
import { TRANSACTION_CANCELED, applyChanges, conditionFailed, failedConditions, toKey, updateExpression } from '../../shared/dynamodb.ts';
import { ERROR, conflict, raiseUnexpected } from '../../shared/errors.ts';
import { shopKey } from '../keys.ts';
import { claimSlug, releaseSlug } from '../slug-claims.ts';
import { tables } from '../../shared/tables.ts';

type Shop = { id: string; slug: string; ownerId: string } & Record<string, unknown>;

/**
 * Applies `ctx.stash.changes` to the shop authorizeShopOwner read (`ctx.prev.result`), on the
 * condition that it is still as read: a concurrent change fails cleanly with CONFLICT. A new
 * slug moves the claim in the same transaction.
 */
export function request(ctx: Context) {
  const shop = ctx.prev.result as Shop;
  const changes = { ...ctx.stash.changes, updatedAt: util.time.nowISO8601() };
  ctx.stash.movesSlug = !!changes.slug && changes.slug !== shop.slug;
  ctx.stash.updated = applyChanges(shop, changes);
  const update = {
    operation: 'UpdateItem' as const,
    key: toKey(shopKey(shop.id)),
    update: updateExpression(changes),
    condition: {
      // Placeholders of their own: `:slug` is the new slug in the update.
      expression: 'ownerId = :expectedOwnerId AND slug = :currentSlug',
      expressionValues: util.dynamodb.toMapValues({ ':expectedOwnerId': shop.ownerId, ':currentSlug': shop.slug }),
    },
  };
  if (!ctx.stash.movesSlug) return update;
  const table = tables.Shops;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      { ...update, table, condition: { ...update.condition, returnValuesOnConditionCheckFailure: false } },
      releaseSlug(table, { slug: shop.slug, shopId: shop.id }),
      claimSlug(table, { slug: changes.slug, shopId: shop.id, ownerId: shop.ownerId }, changes.updatedAt),
    ],
  };
}

export function response(ctx: Context) {
  if (failedConditions(ctx.error, ctx.result)[2]) util.error(`The slug ${ctx.stash.changes.slug} is taken.`, ERROR.slugTaken);
  if (conditionFailed(ctx.error) || (ctx.error && ctx.error.type === TRANSACTION_CANCELED)) {
    conflict('The shop was changed by someone else at the same moment; retry.');
  }
  raiseUnexpected(ctx.error);
  return ctx.stash.movesSlug ? ctx.stash.updated : ctx.result;
}
