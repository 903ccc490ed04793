export function request() {
  const R: any = RegExp;
  return { payload: [R.lastMatch, R.input, R.$1, R['$_'], R.leftContext, R.rightContext, R.lastParen] };
}

export function response(ctx: any) {
  return ctx.result;
}
