import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A refusal in the AWS JSON protocol: status and body. */
export interface Fault {
  status: number;
  body: Record<string, unknown>;
}

/** Decides, per request (its `X-Amz-Target` and JSON body), whether to answer with a fault instead. */
export type FaultRule = (target: string, body: string) => Fault | undefined;

/**
 * A test-only fault hook: a proxy in front of an AWS JSON service (DynamoDB Local, the local Step
 * Functions), given to the Lambda functions as that service's endpoint, that answers the requests
 * its rule picks with a fault and forwards the rest unchanged.
 */
export class FaultProxy {
  rule: FaultRule = () => undefined;
  /** Where requests without a fault go; may be set after start (an endpoint known later). */
  target: string;
  /** Requests answered with a fault so far. */
  faults = 0;

  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
    target: string,
  ) {
    this.target = target;
  }

  static async start(target = 'http://127.0.0.1:9'): Promise<FaultProxy> {
    const holder: { proxy?: FaultProxy } = {};
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const proxy = holder.proxy!;
        const body = Buffer.concat(chunks);
        const fault = proxy.rule(String(req.headers['x-amz-target'] ?? ''), body.toString('utf8'));
        if (fault) {
          proxy.faults += 1;
          res
            .writeHead(fault.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault' })
            .end(JSON.stringify(fault.body));
          return;
        }
        const upstream = new URL(proxy.target);
        const forward = request(
          {
            host: upstream.hostname,
            port: upstream.port,
            path: `${upstream.pathname.replace(/\/$/, '')}${req.url === '/' ? '' : req.url}` || '/',
            method: req.method,
            headers: { ...req.headers, host: upstream.host },
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 500, answer.headers);
            answer.pipe(res);
          },
        );
        forward.on('error', () => res.destroy());
        forward.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new FaultProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, target);
    holder.proxy = proxy;
    return proxy;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** DynamoDB's cancellation of a transaction under contention: TransactionConflict on its second item. */
export function transactionConflict(body: string): Fault {
  const count = (JSON.parse(body) as { TransactItems: unknown[] }).TransactItems.length;
  const reasons = Array.from({ length: count }, (_, i) =>
    i === 1 ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' },
  );
  return {
    status: 400,
    body: {
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
      CancellationReasons: reasons,
    },
  };
}
