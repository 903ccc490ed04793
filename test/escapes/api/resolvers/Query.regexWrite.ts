// Leaves a secret in RegExp's legacy statics, which used to outlive the evaluation.
export function request() {
  const R: any = RegExp;
  new R('s3cr3t-([0-9]+)').exec('token s3cr3t-42 end');
  return { payload: true };
}

export function response(ctx: any) {
  return ctx.result;
}
