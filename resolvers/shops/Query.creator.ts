import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { userKey } from './keys.ts';
import type { QueryCreatorArgs } from './types.generated.ts';

type Args = QueryCreatorArgs;

export function request(ctx: Context<Args>) {
  return getItem(userKey(ctx.args.id));
}

/** Every user has a profile item; only those who made a creator profile are public creators. */
export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result && ctx.result.creatorSince ? ctx.result : null;
}
