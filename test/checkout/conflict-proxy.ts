import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A test-only fault hook: a proxy in front of DynamoDB Local, given to the Lambda functions as
 * their DynamoDB endpoint, that answers chosen TransactWriteItems with the TransactionConflict
 * cancellation DynamoDB gives under contention (DynamoDB Local never does: it serializes).
 */
export class ConflictProxy {
  /** Transactions still to refuse; Infinity refuses every one. */
  conflictsLeft = 0;
  refused = 0;
  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
  ) {}

  static async start(target: string, matches: (body: string) => boolean): Promise<ConflictProxy> {
    const upstream = new URL(target);
    const holder: { proxy?: ConflictProxy } = {};
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        const proxy = holder.proxy!;
        if (String(req.headers['x-amz-target']).endsWith('.TransactWriteItems') && matches(text) && proxy.conflictsLeft > 0) {
          proxy.conflictsLeft -= 1;
          proxy.refused += 1;
          const count = (JSON.parse(text) as { TransactItems: unknown[] }).TransactItems.length;
          const reasons = Array.from({ length: count }, (_, i) =>
            i === 1 ? { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' } : { Code: 'None' },
          );
          const answer = JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
            message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
            CancellationReasons: reasons,
          });
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'conflict' }).end(answer);
          return;
        }
        const forward = request(
          { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
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
    const proxy = new ConflictProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
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
