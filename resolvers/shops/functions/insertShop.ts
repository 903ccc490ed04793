import { util, type Context } from '@aws-appsync/utils';
import { signedInUser } from '../../shared/auth.ts';
import { TRANSACTION_CANCELED, failedConditions, toKey, transactPutNew, withoutEmpty } from '../../shared/dynamodb.ts';
import { ERROR, conflict, raiseUnexpected } from '../../shared/errors.ts';
import { shopKey, userKey } from '../keys.ts';
import { claimSlug } from '../slug-claims.ts';
import { tables } from '../../shared/tables.ts';

type Profile = { creatorSince?: string; shopId?: string };

/**
 * One transaction writes the shop, claims its slug and records it on the creator: the claim's
 * condition makes the slug unique, the creator's makes the shop their only one. Expects the
 * caller's profile in `ctx.prev.result` and the valid input in `ctx.stash.shop`.
 */
export function request(ctx: Context) {
  const user = signedInUser(ctx);
  const profile = ctx.prev.result as Profile | null;
  if (!profile || !profile.creatorSince) util.error('Create your creator profile before opening a shop.', ERROR.notFound);
  if (profile.shopId) util.error('You already have a shop.', ERROR.conflict, null, { shopId: profile.shopId });
  const now = util.time.nowISO8601();
  const id = util.autoUlid();
  const shop = withoutEmpty({ ...ctx.stash.shop, id, ownerId: user.sub, createdAt: now, updatedAt: now });
  ctx.stash.created = { ...shop, creator: { ...profile, shopId: id } };
  const table = tables.Shops;
  return {
    operation: 'TransactWriteItems',
    transactItems: [
      transactPutNew(table, shopKey(id), shop),
      claimSlug(table, { slug: ctx.stash.shop.slug, shopId: id, ownerId: user.sub }, now),
      {
        table,
        operation: 'UpdateItem',
        key: toKey(userKey(user.sub)),
        update: {
          expression: 'SET shopId = :shopId, updatedAt = :now',
          expressionValues: util.dynamodb.toMapValues({ ':shopId': id, ':now': now }),
        },
        condition: {
          expression: 'attribute_exists(creatorSince) AND attribute_not_exists(shopId)',
          returnValuesOnConditionCheckFailure: false,
        },
      },
    ],
  };
}

export function response(ctx: Context) {
  const failed = failedConditions(ctx.error, ctx.result);
  if (failed[1]) util.error(`The slug ${ctx.stash.shop.slug} is taken.`, ERROR.slugTaken);
  if (failed[2]) conflict('You already have a shop.');
  if (ctx.error && ctx.error.type === TRANSACTION_CANCELED) conflict('Someone else changed the same data at the same moment; retry.');
  raiseUnexpected(ctx.error);
  return ctx.stash.created;
}
