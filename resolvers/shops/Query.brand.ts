import type { Context } from '@aws-appsync/utils';
import { getItem } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { brandKey } from './keys.ts';

// codegen: replace with the generated QueryBrandArgs
type Args = { id: string };

export function request(ctx: Context<Args>) {
  return getItem(brandKey(ctx.args.id));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
