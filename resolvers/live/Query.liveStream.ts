import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { streamKey } from './keys.ts';

// codegen: replace with the generated QueryLiveStreamArgs
type Args = { id: string };

export function request(ctx: Context<Args>) {
  return getItem(streamKey(ctx.args.id));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
