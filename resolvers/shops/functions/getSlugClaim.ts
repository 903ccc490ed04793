import type { Context } from '@aws-appsync/utils';
import { getItem } from '../../shared/dynamodb.ts';
import { raiseUnexpected } from '../../shared/errors.ts';
import { slugKey } from '../keys.ts';

/** The claim on `ctx.stash.slug` ({ slug, shopId, ownerId }), or null. */
export function request(ctx: Context) {
  return getItem(slugKey(ctx.stash.slug));
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
