export function request() {
  return { payload: 'ok' };
}

export function response(ctx: any) {
  return ctx.result;
}
