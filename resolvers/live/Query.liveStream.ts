import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { streamKey } from './keys.ts';
import type { QueryLiveStreamArgs } from './types.generated.ts';

type Args = QueryLiveStreamArgs;

export function request(ctx: Context<Args>) {
  return getItem(streamKey(ctx.args.id));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
