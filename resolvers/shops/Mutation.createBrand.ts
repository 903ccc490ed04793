import { util, type Context } from '@aws-appsync/utils';
import { GROUP, requireGroup, signedInUser } from '../shared/auth.ts';
import { putNew } from '../shared/dynamodb.ts';
import { raiseUnexpected } from '../shared/errors.ts';
import { httpsUrl, refuseInvalid, text, type Problem } from '../shared/validation.ts';
import { brandIndexKeys, brandKey } from './keys.ts';
import type { MutationCreateBrandArgs } from './types.generated.ts';

type Args = MutationCreateBrandArgs;

/** Admins onboard brands; the owner's membership of the `brands` group is Cognito's, not checked here. */
export function request(ctx: Context<Args>) {
  requireGroup(signedInUser(ctx), [GROUP.admins]);
  const { input } = ctx.args;
  const problems: Problem[] = [];
  const brand = {
    name: text(problems, 'name', input.name, { max: 80, required: true }),
    ownerId: text(problems, 'ownerId', input.ownerId, { max: 128, required: true }),
    description: text(problems, 'description', input.description, { max: 2000 }),
    logoUrl: httpsUrl(problems, 'logoUrl', input.logoUrl),
    websiteUrl: httpsUrl(problems, 'websiteUrl', input.websiteUrl),
  };
  refuseInvalid(problems);
  const id = util.autoUlid();
  const now = util.time.nowISO8601();
  return putNew(brandKey(id), { ...brand, ...brandIndexKeys(brand.ownerId as string, id), id, createdAt: now, updatedAt: now });
}

export function response(ctx: Context) {
  raiseUnexpected(ctx.error);
  return ctx.result;
}
