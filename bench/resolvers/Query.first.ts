import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ id: string }>) {
  return { payload: { id: ctx.args.id, name: `Item ${ctx.args.id}`, price: 1250 } };
}

export function response(ctx: Context) {
  return ctx.result;
}
