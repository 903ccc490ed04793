import { util } from '@aws-appsync/utils';
import { toKey, type ItemKey } from '../shared/dynamodb.ts';
import type { Money } from '../shared/money.ts';
import { aggregateShard, balanceKey, dayTotalKey, entryKey } from './keys.ts';
import { bucketOf } from './rules.ts';

export interface EntryAmount {
  /** The entry's order: it picks the aggregates' shard. */
  orderId: string;
  creatorId: string;
  day: string;
  currency: string;
  amount: number;
}

/** An order's commission as it enters the ledger (recordCommission): PENDING, on the day the order was confirmed. */
export function pendingEntry(order: { id: string; shopId: string; creatorId: string; confirmedAt: string; commission: Money }, at: string) {
  const day = order.confirmedAt.slice(0, 10);
  const history: { status: string; at: string; reason?: string }[] = [{ status: 'PENDING', at }];
  return {
    ...entryKey(order.creatorId, day, order.id),
    id: order.id,
    orderId: order.id,
    shopId: order.shopId,
    creatorId: order.creatorId,
    day,
    amount: order.commission,
    status: 'PENDING',
    history,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The transaction items that keep an entry's daily total and its creator's balance equal to the
 * sum of the ledger: `amount` leaves the `from` state's bucket (none for a new entry) and enters
 * the `to` state's. DynamoDB applies concurrent ADDs one after another, so the sums stay exact,
 * and the entry's own conditional write in the same transaction makes each change count once.
 */
export function ledgerTotals(table: string, entry: EntryAmount, from: string | null, to: string, now: string) {
  return ledgerTotalChanges(entry, from, to, now).map((change) => ({
    table,
    operation: 'UpdateItem' as const,
    key: toKey(change.key),
    update: { ...change.update, expressionValues: util.dynamodb.toMapValues(change.update.expressionValues) },
  }));
}

/**
 * ledgerTotals' updates with plain keys and values, for writers outside AppSync (the checkout
 * saga's Lambda tasks) that marshal them with the AWS SDK.
 */
export function ledgerTotalChanges(entry: EntryAmount, from: string | null, to: string, now: string) {
  const { creatorId, day, currency, amount } = entry;
  const shard = aggregateShard(entry.orderId);
  return [
    totalsUpdate(dayTotalKey(creatorId, day, currency, shard), { creatorId, day, currency }, from, to, amount, now),
    totalsUpdate(balanceKey(creatorId, currency, shard), { creatorId, currency }, from, to, amount, now),
  ];
}

function totalsUpdate(key: ItemKey, identity: Record<string, string>, from: string | null, to: string, amount: number, now: string) {
  const names: Record<string, string> = { '#to': bucketOf(to), '#updatedAt': 'updatedAt' };
  const values: Record<string, unknown> = { ':amount': amount, ':now': now };
  const adds = ['#to :amount'];
  if (from) {
    names['#from'] = bucketOf(from);
    values[':minus'] = -amount;
    adds.push('#from :minus');
  } else {
    names['#entryCount'] = 'entryCount';
    values[':one'] = 1;
    adds.push('#entryCount :one');
  }
  const sets = ['#updatedAt = :now'];
  Object.keys(identity).forEach((name) => {
    names[`#${name}`] = name;
    values[`:${name}`] = identity[name];
    sets.push(`#${name} = :${name}`);
  });
  return { key, update: { expression: `ADD ${adds.join(', ')} SET ${sets.join(', ')}`, expressionNames: names, expressionValues: values } };
}
