import { QueryCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { openNextToken, sealNextToken } from './next-token.ts';
import { toAppSyncItem, type Item } from './attribute-values.ts';
import { placeholders, readExpression, readOptionalExpression, readOptionalProjection } from './expressions.ts';
import { ROOT, type Operation, type OperationContext } from './operation.ts';
import { fieldPath, optionalBoolean, optionalInteger, optionalString, requiredObject, type Json } from './request-fields.ts';

/** Query and Scan give `{ items, nextToken, scannedCount }`, the token opaque and bound to table and index. */
export const query: Operation = async (context, request) => {
  const keyCondition = readExpression(requiredObject(request, 'query', ROOT), fieldPath(ROOT, 'query'));
  const listing = readListing(context, request);
  await context.authorize([{ action: 'Query', table: context.table, index: listing.index }]);
  const output = await context.call('Query', [context.table], (client) =>
    client.send(
      new QueryCommand({
        ...listing.parameters,
        KeyConditionExpression: keyCondition.expression,
        ScanIndexForward: optionalBoolean(request, 'scanIndexForward', ROOT),
        ...placeholders(keyCondition, listing.filter, listing.projection),
      }),
    ),
  );
  return { result: page(context, listing.index, output) };
};

export const scan: Operation = async (context, request) => {
  const listing = readListing(context, request);
  const segment = optionalInteger(request, 'segment', ROOT);
  const totalSegments = optionalInteger(request, 'totalSegments', ROOT);
  await context.authorize([{ action: 'Scan', table: context.table, index: listing.index }]);
  const output = await context.call('Scan', [context.table], (client) =>
    client.send(
      new ScanCommand({
        ...listing.parameters,
        Segment: segment,
        TotalSegments: totalSegments,
        ...placeholders(listing.filter, listing.projection),
      }),
    ),
  );
  return { result: page(context, listing.index, output) };
};

/** The fields Query and Scan share. */
function readListing(context: OperationContext, request: Json) {
  const index = optionalString(request, 'index', ROOT);
  const filter = readOptionalExpression(request, 'filter', ROOT);
  const projection = readOptionalProjection(request, 'projection', ROOT);
  const nextToken = optionalString(request, 'nextToken', ROOT);
  return {
    index,
    filter,
    projection,
    parameters: {
      TableName: context.table,
      IndexName: index,
      Limit: optionalInteger(request, 'limit', ROOT),
      ConsistentRead: optionalBoolean(request, 'consistentRead', ROOT),
      Select: optionalString(request, 'select', ROOT) as 'ALL_ATTRIBUTES' | undefined,
      FilterExpression: filter?.expression,
      ProjectionExpression: projection?.expression,
      ExclusiveStartKey: nextToken ? openNextToken(context.tokenKey, { table: context.table, index }, nextToken) : undefined,
    },
  };
}

function page(
  context: OperationContext,
  index: string | undefined,
  output: { Items?: Item[]; LastEvaluatedKey?: Record<string, AttributeValue>; ScannedCount?: number },
) {
  return {
    items: (output.Items ?? []).map(toAppSyncItem),
    nextToken: output.LastEvaluatedKey ? sealNextToken(context.tokenKey, { table: context.table, index }, output.LastEvaluatedKey) : null,
    scannedCount: output.ScannedCount ?? 0,
  };
}
