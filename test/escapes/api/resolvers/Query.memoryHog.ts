// Asks for far more memory than the sandbox has.
export function request() {
  const huge = new Array(200_000_000).fill('x');
  return { payload: String(huge.length) };
}

export function response(ctx: any) {
  return ctx.result;
}
