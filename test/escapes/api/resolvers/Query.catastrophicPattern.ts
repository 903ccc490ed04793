import { util } from '@aws-appsync/utils';

// Nested quantifiers against a near miss: exponential backtracking.
export function request() {
  return { payload: util.matches('(a+)+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!') };
}

export function response(ctx: any) {
  return ctx.result;
}
