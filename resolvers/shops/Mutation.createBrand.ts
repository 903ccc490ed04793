import type { Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { httpsUrl, refuseInvalid, text, type Problem } from '../shared/validation.ts';
import type { MutationCreateBrandArgs } from './types.generated.ts';

type Args = MutationCreateBrandArgs;

/** Pipeline: getOwnerGroups → insertBrand. Admins onboard brands, for a user of the `brands` group. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.admins]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  ctx.stash.brand = {
    name: text(problems, 'name', input.name, { max: 80, required: true }),
    ownerId: text(problems, 'ownerId', input.ownerId, { max: 128, required: true }),
    description: text(problems, 'description', input.description, { max: 2000 }),
    logoUrl: httpsUrl(problems, 'logoUrl', input.logoUrl),
    websiteUrl: httpsUrl(problems, 'websiteUrl', input.websiteUrl),
  };
  refuseInvalid(problems);
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
