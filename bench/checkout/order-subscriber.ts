import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

const ON_MY_ORDER_UPDATED = 'subscription { onMyOrderUpdated { id status reason } }';

/**
 * One shopper's subscription to onMyOrderUpdated over AppSync's real-time protocol (header-based
 * handshake, `connection_init`, `start`), resolving each order's final state as it arrives.
 */
export class OrderSubscriber {
  private readonly finals = new Map<string, string>();
  private readonly waiting = new Map<string, (status: string) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as {
        type: string;
        payload?: { data?: { onMyOrderUpdated?: { id: string; status: string } } };
      };
      const update = message.type === 'data' ? message.payload?.data?.onMyOrderUpdated : undefined;
      if (!update || update.status === 'PENDING') return;
      const waiter = this.waiting.get(update.id);
      if (waiter) {
        this.waiting.delete(update.id);
        waiter(update.status);
      } else this.finals.set(update.id, update.status);
    });
  }

  static async connect(realtimeUrl: string, graphqlUrl: string, token: string): Promise<OrderSubscriber> {
    const host = new URL(graphqlUrl).host;
    const header = Buffer.from(JSON.stringify({ host, Authorization: token })).toString('base64url');
    const socket = new WebSocket(realtimeUrl, ['graphql-ws', `header-${header}`]);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const next = (type: string) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (raw: WebSocket.RawData) => {
          const message = JSON.parse(raw.toString()) as { type: string };
          if (message.type === type) {
            socket.off('message', onMessage);
            resolve();
          } else if (message.type === 'error' || message.type === 'connection_error') reject(new Error(raw.toString()));
        };
        socket.on('message', onMessage);
      });
    const acked = next('connection_ack');
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await acked;
    const started = next('start_ack');
    socket.send(
      JSON.stringify({
        id: randomUUID(),
        type: 'start',
        payload: { data: JSON.stringify({ query: ON_MY_ORDER_UPDATED }), extensions: { authorization: { host, Authorization: token } } },
      }),
    );
    await started;
    return new OrderSubscriber(socket);
  }

  /** The order's state after PENDING, as the subscription delivers it. */
  finalStatus(orderId: string): Promise<string> {
    const known = this.finals.get(orderId);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no final state for order ${orderId} within 60 s`)), 60_000);
      this.waiting.set(orderId, (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
  }

  close() {
    this.socket.close();
  }
}
