import { util } from '@aws-appsync/utils';
import { toKey, transactPutNew } from '../shared/dynamodb.ts';
import { slugKey } from './keys.ts';

export interface SlugClaim {
  slug: string;
  shopId: string;
  ownerId: string;
}

/**
 * Transaction items that keep shop slugs unique: a slug is claimed by writing its claim item
 * where none exists, and released only by the shop that holds it.
 */
export function claimSlug(table: string, claim: SlugClaim, at: string) {
  return transactPutNew(table, slugKey(claim.slug), { ...claim, createdAt: at });
}

export function releaseSlug(table: string, claim: Omit<SlugClaim, 'ownerId'>) {
  return {
    table,
    operation: 'DeleteItem' as const,
    key: toKey(slugKey(claim.slug)),
    condition: {
      expression: 'shopId = :shopId',
      expressionValues: util.dynamodb.toMapValues({ ':shopId': claim.shopId }),
      returnValuesOnConditionCheckFailure: false,
    },
  };
}
