import { DEFAULT_AUTHORIZATION, DEFAULT_USER_POOL, type ApiDeclaration, type TableDeclaration } from './declaration.ts';
import { shopsApi, shopsFunctions } from './apis/shops.ts';
import { liveApi, liveIamGrants } from './apis/live.ts';
import { recommendationsApi } from './apis/recommendations.ts';
import { checkoutFunctions, checkoutStateMachine, commerceApi, commerceIamGrants } from './apis/commerce.ts';

/**
 * The Videoshops data model: one table per domain, each a single-table design with generic
 * keys (`pk`, `sk`) and overloaded indexes (`gsi1pk`/`gsi1sk`, …). The domain is the unit a team
 * owns, deploys and grants: a source API's data sources name its own table, and a read across
 * domains goes through a read-only data source on the other domain's table. Within a domain,
 * entities that are written together (a shop, its slug claim and its creator) or read together
 * (a product and its brand) share one table, so one TransactWriteItems or BatchGetItem covers them.
 *
 * Item layouts and access patterns: see the data model table in the project README; key
 * builders live beside the resolvers that use them (resolvers/shops/keys.ts, …).
 */

const key = (name: string) => ({ name, type: 'S' as const });

const singleTable = (name: string, indexes: number, extra: Partial<TableDeclaration> = {}): TableDeclaration => ({
  name,
  partitionKey: key('pk'),
  sortKey: key('sk'),
  globalSecondaryIndexes: Array.from({ length: indexes }, (_, i) => ({
    name: `GSI${i + 1}`,
    partitionKey: key(`gsi${i + 1}pk`),
    sortKey: key(`gsi${i + 1}sk`),
  })),
  ...extra,
});

/**
 * shops: user profiles and creators (USER#sub), shops (SHOP#id), slug claims (SLUG#slug),
 * brands (BRAND#id) and products (PRODUCT#id).
 * GSI1: a brand owner's brands (OWNER#sub → BRAND#id); a brand's products (BRAND#id → PRODUCT#ulid).
 */
export const shopsTable = singleTable('Shops', 1);

/**
 * recommendations: a shop's recommendation of a product, keyed SHOP#id / PRODUCT#id (one per
 * product per shop, and the commission lookup at checkout is one GetItem).
 * GSI1: the shop feed, newest first (SHOP#id → REC#ulid).
 * GSI2: the shops recommending a product (PRODUCT#id → SHOP#id).
 */
export const recommendationsTable = singleTable('Recommendations', 2);

/**
 * commerce: orders (ORDER#id / ORDER) with one part per brand in the order (ORDER#id /
 * BRAND#brandId), changed together in each status transition's transaction; the earnings ledger
 * (CREATOR#sub / ENTRY#yyyy-mm-dd#orderId), daily totals (CREATOR#sub / DAY#yyyy-mm-dd#currency#shard)
 * and balances (CREATOR#sub / BALANCE#currency#shard), 4 shards each, summed on read, all changed in the same transaction as the
 * ledger entry they sum, so myEarnings adds up one page of daily totals instead of every entry.
 * GSI1: a buyer's orders (BUYER#sub → createdAt#id). GSI2: a shop's orders (SHOP#id → createdAt#id).
 * GSI3: a brand's orders, from the brand parts (BRAND#id → createdAt#orderId).
 * GSI4: checkout orders still PENDING (PENDING → createdAt#id), sparse: the keys go when the order
 * leaves PENDING; the sweeper settles those whose saga never started.
 * Checkout idempotency records (CHECKOUT#sub#key / CHECKOUT) expire by TTL (`expiresAt`).
 */
export const commerceTable = singleTable('Commerce', 4, { timeToLiveAttribute: 'expiresAt' });

/**
 * live: streams (STREAM#id / STREAM: status, creator, pin, viewer count), with their comments
 * (COMMENT#ulid), pins (PIN#ulid), bans (BAN#sub) and per-user comment-rate windows
 * (RATE#sub#window, expired by TTL). sendComment is one transaction: the stream is LIVE, the
 * user is not banned, the window has room, the comment is written.
 * GSI1: streams live now, set only while LIVE (LIVE → startedAt#id).
 * GSI2: a shop's streams (SHOP#id → scheduledAt#id).
 */
export const liveTable = singleTable('Live', 2, { timeToLiveAttribute: 'expiresAt' });

export const videoshopsApi: ApiDeclaration = {
  name: 'videoshops',
  tables: [shopsTable, recommendationsTable, commerceTable, liveTable],
  sourceApis: [shopsApi, recommendationsApi, commerceApi, liveApi],
  authorization: { ...DEFAULT_AUTHORIZATION, iamGrants: [...liveIamGrants, ...commerceIamGrants] },
  userPool: DEFAULT_USER_POOL,
  lambdaFunctions: [...shopsFunctions, ...checkoutFunctions],
  stateMachines: [checkoutStateMachine],
};
