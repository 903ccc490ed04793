export function request() {
  return { payload: new Error('where am I').stack };
}

export function response(ctx: any) {
  return ctx.result;
}
