import { runtime, type Context } from '@aws-appsync/utils';
import { normalizeSlug, slugFormProblem } from './rules.ts';
import type { QueryShopBySlugArgs } from './types.generated.ts';

type Args = QueryShopBySlugArgs;

/**
 * The shop page's entry point. Pipeline: getSlugClaim → getShopWithCreator, two requests that
 * also answer `Shop.creator`; with the feed's query and batch that keeps the page at four.
 */
export function request(ctx: Context<Args>) {
  const slug = normalizeSlug(ctx.args.slug);
  if (slugFormProblem(slug)) return runtime.earlyReturn(null);
  ctx.stash.slug = slug;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
