import type { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DataSourceOutcome } from '../types.ts';
import { sameItem, toAppSyncItem, type Item } from './attribute-values.ts';
import { appSyncErrorOf } from './errors.ts';
import { readExpression, type Expression } from './expressions.ts';
import { MappingTemplateError, fieldPath, optionalBoolean, optionalObject, optionalStringList, type Json } from './request-fields.ts';

/** The `condition` block of PutItem, UpdateItem and DeleteItem. */
export interface Condition extends Expression {
  equalsIgnore: string[];
  strategy: 'Reject' | 'Custom';
}

export function readCondition(request: Json, path: string): Condition | undefined {
  const block = optionalObject(request, 'condition', path);
  if (!block) return undefined;
  const blockPath = fieldPath(path, 'condition');
  // `consistentRead` only steers AppSync's re-read of the item; ALL_OLD returns it atomically instead.
  optionalBoolean(block, 'consistentRead', blockPath);
  const handler = optionalObject(block, 'conditionalCheckFailedHandler', blockPath);
  const strategy = handler?.strategy ?? 'Reject';
  if (strategy !== 'Reject' && strategy !== 'Custom') {
    throw new MappingTemplateError(
      `Unsupported strategy '${String(strategy)}' for field '${fieldPath(fieldPath(blockPath, 'conditionalCheckFailedHandler'), 'strategy')}'.`,
    );
  }
  return {
    ...readExpression(block, blockPath),
    equalsIgnore: optionalStringList(block, 'equalsIgnore', blockPath) ?? [],
    strategy,
  };
}

/**
 * What AppSync calls "the desired result" when a condition fails (developer guide, "Condition
 * expressions" → "Handling a condition check failure"):
 *  - PutItem: the current item equals the item it tried to write, ignoring `equalsIgnore`;
 *  - UpdateItem: never (AppSync has too little information to tell);
 *  - DeleteItem: the item no longer exists.
 * When met, the write counts as a success and the result is the item as it is now.
 */
export type DesiredResult = { operation: 'PutItem'; item: Item } | { operation: 'UpdateItem' } | { operation: 'DeleteItem' };

function desiredResultHolds(desired: DesiredResult, current: Item | undefined, equalsIgnore: string[]): boolean {
  switch (desired.operation) {
    case 'PutItem':
      return current !== undefined && sameItem(current, desired.item, equalsIgnore);
    case 'UpdateItem':
      return false;
    case 'DeleteItem':
      return current === undefined;
  }
}

/**
 * AppSync re-reads the item with a GetItem after a failed condition, to compare it with the
 * desired result; we ask DynamoDB for it in the failing write itself
 * (ReturnValuesOnConditionCheckFailure: ALL_OLD). Same item, one request instead of two, and no
 * window in which another writer could change it between the two reads. It becomes the result
 * only when the write counts as a success.
 * Strategy Reject: `ctx.error` and no `ctx.result`. The developer guide says the current item is
 * returned, but a response recorded from AppSync JS resolvers shows none
 * (aws/aws-appsync-community#343), so resolvers must not count on it: to learn why a write
 * failed, use a transaction with returnValuesOnConditionCheckFailure, which AppSync does support,
 * or read the item again.
 */
export function onConditionFailure(
  failure: ConditionalCheckFailedException,
  condition: Condition,
  desired: DesiredResult,
): DataSourceOutcome {
  const current = failure.Item && Object.keys(failure.Item).length ? failure.Item : undefined;
  if (desiredResultHolds(desired, current, condition.equalsIgnore)) return { result: current ? toAppSyncItem(current) : null };
  if (condition.strategy === 'Custom') {
    return {
      // Not the current item either: nothing local may count on what AppSync does not return.
      result: null,
      error: {
        type: 'LocalRuntime:Unsupported',
        message: "conditionalCheckFailedHandler strategy 'Custom' invokes a Lambda function; the local runtime does not support it.",
      },
    };
  }
  return { result: null, error: appSyncErrorOf(failure) };
}
