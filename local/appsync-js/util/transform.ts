import type { SubscriptionFilter as DeclaredSubscriptionFilter, Util } from '@aws-appsync/utils';
import { buildDynamoDBExpression } from './dynamodb-expression.ts';
import { toElasticsearchQueryDSL } from './opensearch-query.ts';
import { toSubscriptionFilter } from './subscription-filter.ts';

/** AppSync answers a filter it cannot render with null, not an error; both DynamoDB entry points render alike. */
function renderDynamoDB(filter: unknown): string {
  const built = buildDynamoDBExpression(filter);
  return (built === null ? null : JSON.stringify(built)) as string;
}

export const transform = {
  toDynamoDBFilterExpression: renderDynamoDB,
  toDynamoDBConditionExpression: renderDynamoDB,
  toElasticsearchQueryDSL,
  toSubscriptionFilter: (obj: unknown, ignoredFields?: unknown, rules?: unknown) =>
    toSubscriptionFilter(obj, ignoredFields, rules) as DeclaredSubscriptionFilter,
} satisfies Util['transform'];
