import { util } from '@aws-appsync/utils';

// Runs out of stack inside util calls and tries to catch the RangeError in a rejection handler,
// to call its constructor's constructor: the host's Function, had the error come from the host.
// Functions typed `any` pass the deploy-time checks, as an attacker's would; the realm has no
// Promise, so the error cannot be caught at all.
export function request(ctx: any) {
  const P: any = Promise;
  const self: any = {};
  self.dive = (n: number): any => util.autoId() + self.dive(n + 1);
  self.start = () => self.dive(0);
  self.caught = (e: any) => {
    ctx.stash.caught = e.name;
    ctx.stash.host = e.constructor.constructor('return typeof process')();
  };
  P.resolve().then(self.start).then(undefined, self.caught);
  return { payload: null };
}

export function response(ctx: any) {
  return ctx.stash;
}
