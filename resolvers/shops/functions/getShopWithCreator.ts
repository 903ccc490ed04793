import { runtime, util, type Context } from '@aws-appsync/utils';
import { toKey } from '../../shared/dynamodb.ts';
import { ERROR, raiseUnexpected } from '../../shared/errors.ts';
import { shopKey, userKey } from '../keys.ts';
import { tables } from '../../shared/tables.ts';

type Claim = { shopId: string; ownerId: string };
type Item = { sk: string } & Record<string, unknown>;

/** The claim names both the shop and its creator, so one BatchGetItem reads the two. */
export function request(ctx: Context) {
  const claim = ctx.prev.result as Claim | null;
  if (!claim) return runtime.earlyReturn(null);
  return {
    operation: 'BatchGetItem',
    tables: { [tables.Shops]: { keys: [toKey(shopKey(claim.shopId)), toKey(userKey(claim.ownerId))] } },
  };
}

/** The shop, carrying its creator for `Shop.creator`. */
export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  const table = tables.Shops;
  const items = ((ctx.result.data[table] ?? []) as (Item | null)[]).filter((item) => item !== null) as Item[];
  const shop = items.find((item) => item.sk === 'SHOP');
  const creator = items.find((item) => item.sk === 'PROFILE');
  const unprocessed = (ctx.result.unprocessedKeys?.[table] ?? []) as unknown[];
  if (!shop && unprocessed.length > 0) util.error('The shop could not be read this time; retry.', ERROR.unavailable);
  return shop ? { ...shop, creator: creator ?? null } : null;
}
