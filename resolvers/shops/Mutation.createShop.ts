import { util, type Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { ERROR } from '../shared/errors.ts';
import { httpsUrl, refuseInvalid, text, type Problem } from '../shared/validation.ts';
import { isReservedSlug, slug } from './rules.ts';
import type { MutationCreateShopArgs } from './types.generated.ts';

type Args = MutationCreateShopArgs;

/** Pipeline: getCallerProfile → insertShop. Everything wrong with the input is refused here, before any read. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const shop = {
    slug: slug(problems, 'slug', input.slug),
    title: text(problems, 'title', input.title, { max: 80, required: true }),
    description: text(problems, 'description', input.description, { max: 2000 }),
    bannerUrl: httpsUrl(problems, 'bannerUrl', input.bannerUrl),
  };
  refuseInvalid(problems);
  if (isReservedSlug(shop.slug!)) util.error(`The slug ${shop.slug} is reserved.`, ERROR.slugTaken);
  ctx.stash.shop = shop;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
