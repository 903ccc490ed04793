import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { GraphQLEndpoint } from '../http/server.ts';
import { RealtimeConnection, type RealtimeGraphQLEndpoint } from './connection.ts';
import { PubSubHub } from './pubsub-hub.ts';
import {
  CONNECTION_TIMEOUT_MS,
  DEFAULT_CONNECTION_INIT_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_INTERVAL_MS,
  MAX_INBOUND_FRAME_BYTES,
  SUBPROTOCOL,
} from './protocol.ts';

export interface RealtimeOptions {
  /** How often `ka` is sent (AppSync: about a minute). Tests shorten it. */
  keepAliveIntervalMs?: number;
  /** How long a socket may stay open without `connection_init` (the runtime's own 30 s). Tests shorten it. */
  connectionInitTimeoutMs?: number;
  /** How long `connection_ack` tells clients to wait for a `ka` (AppSync: 5 minutes). Tests shorten it. */
  connectionTimeoutMs?: number;
}

export interface RealtimeServer {
  /** Open WebSocket connections. */
  connections(): number;
  close(): Promise<void>;
}

/** Where an endpoint takes WebSocket upgrades: `<path>/realtime` (custom-domain form), and `<path>` itself (the `appsync-realtime-api` host form). */
export const realtimePath = (endpointPath: string) => `${endpointPath}/realtime`;

/**
 * Serves AppSync's real-time protocol on the runtime's own HTTP(S) server: a GET upgraded to a
 * WebSocket at an endpoint's real-time path is a connection to that endpoint, and only to it.
 */
export function attachRealtime(server: Server, endpoints: GraphQLEndpoint[], options: RealtimeOptions = {}): RealtimeServer {
  const served = endpoints.filter((e): e is RealtimeGraphQLEndpoint => e.realtime instanceof PubSubHub);
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    // ws refuses a larger frame from its header (close 1009), before buffering it: no AppSync-style
    // message can precede that close, the socket is already closing when ws reports it.
    maxPayload: MAX_INBOUND_FRAME_BYTES,
    handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });
  const connections = new Set<RealtimeConnection>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const endpoint = served.find((e) => path === realtimePath(e.path) || path === e.path);
    if (!endpoint) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const connection = new RealtimeConnection(
        ws,
        req,
        endpoint,
        options.connectionInitTimeoutMs ?? DEFAULT_CONNECTION_INIT_TIMEOUT_MS,
        options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
      );
      connections.add(connection);
      ws.on('close', () => connections.delete(connection));
    });
  };
  server.on('upgrade', onUpgrade);

  const keepAlive = setInterval(() => {
    for (const connection of connections) connection.keepAlive();
  }, options.keepAliveIntervalMs ?? DEFAULT_KEEP_ALIVE_INTERVAL_MS);
  keepAlive.unref();

  return {
    connections: () => connections.size,
    async close() {
      clearInterval(keepAlive);
      server.off('upgrade', onUpgrade);
      for (const connection of connections) connection.close();
      connections.clear();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
