export function request(ctx: any) {
  return { payload: ctx.args.v };
}

export function response(ctx: any) {
  return ctx.result;
}
