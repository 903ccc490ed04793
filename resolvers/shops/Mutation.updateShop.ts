import { util, type Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { ERROR } from '../shared/errors.ts';
import { httpsUrl, refuseInvalid, requireSomeChange, text, type Problem } from '../shared/validation.ts';
import { isReservedSlug, slug } from './rules.ts';
import type { MutationUpdateShopArgs } from './types.generated.ts';

type Args = MutationUpdateShopArgs;

/** Pipeline: authorizeShopOwner → saveShop. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.creators, GROUP.admins]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const changes = {
    slug: slug(problems, 'slug', input.slug),
    title: text(problems, 'title', input.title, { max: 80, required: true }),
    description: text(problems, 'description', input.description, { max: 2000 }),
    bannerUrl: httpsUrl(problems, 'bannerUrl', input.bannerUrl),
  };
  requireSomeChange(problems, input);
  refuseInvalid(problems);
  if (changes.slug && isReservedSlug(changes.slug)) util.error(`The slug ${changes.slug} is reserved.`, ERROR.slugTaken);
  ctx.stash.shopId = ctx.args.id;
  ctx.stash.changes = changes;
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
