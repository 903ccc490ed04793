import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { Result, Subscription } from '../../sdk/src/realtime/index.ts';

/**
 * The network between the SDK and the runtime: a TCP hop that forwards every byte, and that a test
 * can cut (every connection through it ends at once), silence (the server's bytes stop arriving,
 * the sockets stay open) or shut to new connections.
 */
export class NetworkHop {
  /** Connections accepted so far. */
  accepted = 0;
  refusing = false;
  private readonly open = new Set<{ client: Socket; server: Socket }>();

  private constructor(
    private readonly server: Server,
    private readonly port: number,
  ) {}

  static async start(targetUrl: string): Promise<NetworkHop> {
    const target = new URL(targetUrl);
    const holder: { hop?: NetworkHop } = {};
    const server = createServer((client) => holder.hop!.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.hop = new NetworkHop(server, (server.address() as AddressInfo).port);
    return holder.hop;
  }

  /** `url` (an endpoint of the runtime) reached through this hop. */
  via(url: string): string {
    const through = new URL(url);
    through.port = String(this.port);
    return through.toString();
  }

  /** Connections through the hop now. */
  connections(): number {
    return this.open.size;
  }

  cut(): void {
    for (const { client, server } of this.open) {
      client.destroy();
      server.destroy();
    }
  }

  silence(): void {
    for (const { client, server } of this.open) {
      server.unpipe(client);
      server.resume();
    }
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, target: URL): void {
    this.accepted += 1;
    if (this.refusing) return void client.destroy();
    const server = connect(Number(target.port), target.hostname);
    const pair = { client, server };
    this.open.add(pair);
    const end = () => {
      this.open.delete(pair);
      client.destroy();
      server.destroy();
    };
    for (const socket of [client, server]) {
      socket.on('close', end);
      socket.on('error', end);
    }
    client.pipe(server);
    server.pipe(client);
  }
}

/** The `ws` WebSocket, recording the types of the frames it sends and receives, in order. */
export function recordingWebSocket() {
  const frames: string[] = [];
  const closed: boolean[] = [];
  const type = (data: unknown) => `${JSON.parse(String(data)).type}`;
  class RecordingWebSocket extends WebSocket {
    constructor(url: string, protocols: string[]) {
      super(url, protocols);
      const index = closed.push(false) - 1;
      this.on('message', (data) => frames.push(`← ${type(data)}`));
      this.on('close', () => (closed[index] = true));
    }
    override send(data: any, ...rest: any[]): void {
      frames.push(`→ ${type(data)}`);
      (super.send as (...args: unknown[]) => void)(data, ...rest);
    }
  }
  return { WebSocket: RecordingWebSocket, frames: () => frames.filter((f) => f !== '← ka'), allClosed: () => closed.every(Boolean) };
}

/** The headers each auth mode gives a realtime request, as the SDK's authorizer builds them. */
/**
 * The next result of a subscription once it hears again: events published while a client is
 * disconnected are lost (as in AppSync), so `publish` is repeated until one arrives.
 */
export async function nextHeard<T>(subscription: Subscription<T>, publish: () => Promise<unknown>): Promise<Result<T> | undefined> {
  const next = subscription.next();
  let heard = false;
  void next.finally(() => (heard = true)).catch(() => {});
  for (let i = 0; i < 50 && !heard; i++) {
    await publish();
    await Promise.race([next, new Promise((resolve) => setTimeout(resolve, 100))]).catch(() => {});
  }
  if (!heard) throw new Error('the subscription heard none of 50 events');
  return (await next).value;
}
