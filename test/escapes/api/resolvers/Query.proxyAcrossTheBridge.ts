import { util } from '@aws-appsync/utils';

// Hands util a proxy and an object with a getter: whatever calls back into resolver code must
// be resolver code's own realm. The receiver's constructor's constructor is then the realm's
// Function, which refuses to compile text (EvalError); the host's would run it.
export function request(ctx: any) {
  const handlers: any = {};
  handlers.get = (target: any, key: any, receiver: any) => {
    handlers.receiver = receiver;
    return target[key];
  };
  const ProxyOf: any = Proxy;
  const proxy = new ProxyOf({ a: 1 }, { get: handlers.get });
  const getter = {
    get b() {
      return 2;
    },
  };
  ctx.stash.values = [util.dynamodb.toDynamoDB(proxy), util.dynamodb.toDynamoDB(getter)];
  ctx.stash.receiverProbe = handlers.receiver.constructor.constructor('return typeof process')();
  return { payload: null };
}

export function response(ctx: any) {
  return ctx.stash;
}
