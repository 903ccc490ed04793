import { util } from '@aws-appsync/utils';

// Runs out of stack inside util calls, catches the RangeError in a rejection handler, and tries
// its constructor's constructor: the host's Function, if the error came from the host. Functions
// typed `any` pass the deploy-time checks, as an attacker's would.
export function request(ctx: any) {
  const P: any = Promise;
  const self: any = {};
  self.dive = (n: number): any => util.autoId() + self.dive(n + 1);
  self.start = () => self.dive(0);
  self.none = () => {
    ctx.stash.caught = 'nothing';
  };
  self.caught = (e: any) => {
    ctx.stash.caught = e.name;
    ctx.stash.host = e.constructor.constructor('return typeof process')();
  };
  P.resolve().then(self.start).then(self.none, self.caught);
  return { payload: null };
}

export function response(ctx: any) {
  return ctx.stash;
}
