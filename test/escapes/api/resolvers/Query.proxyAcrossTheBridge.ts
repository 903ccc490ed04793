import { util } from '@aws-appsync/utils';

// Hands util a proxy and an object with a getter: whatever calls back into resolver code must
// be resolver code's own realm, with nothing of the host in the arguments.
export function request(ctx: any) {
  const P: any = Promise;
  const seen: string[] = [];
  const handlers: any = {};
  // Records what the receiver's constructor's constructor gives: the host's Function would run the text.
  handlers.probe = () => handlers.receiver.constructor.constructor('return typeof process')();
  handlers.host = (t: any) => {
    ctx.stash.receiver = 'host:' + t;
  };
  handlers.refused = (e: any) => {
    ctx.stash.receiver = e.name;
  };
  handlers.get = (target: any, key: any, receiver: any) => {
    seen.push(typeof key === 'string' ? key : 'symbol');
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
  ctx.stash.seen = seen.length > 0;
  P.resolve().then(handlers.probe).then(handlers.host, handlers.refused);
  return { payload: null };
}

export function response(ctx: any) {
  return ctx.stash;
}
