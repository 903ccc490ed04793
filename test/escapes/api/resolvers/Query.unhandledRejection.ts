// A rejection nobody handles: it once ended the whole server.
export function request() {
  const P: any = Promise;
  P.reject(new Error('nobody catches this'));
  return { payload: 'still here' };
}

export function response(ctx: any) {
  return ctx.result;
}
