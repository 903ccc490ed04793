import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The physical limit the runtime's fan-out is compared with: a plain `ws` server that sends the same
 * `data` frames (each socket's id, the event serialized once) to every socket, triggered by an HTTP
 * POST of the event as the runtime is triggered by a mutation. No protocol, no auth, no GraphQL.
 */
export interface BareBroadcast {
  httpUrl: string;
  wsUrl: string;
  close(): Promise<void>;
}

export async function startBareBroadcast(): Promise<BareBroadcast> {
  const sockets = new Map<WebSocket, Buffer>();
  const suffix = Buffer.from('}');
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const event = Buffer.concat(chunks);
      for (const [socket, prefix] of sockets) socket.send(Buffer.concat([prefix, event, suffix]), { binary: false });
      res.writeHead(200, { 'content-length': 2 }).end('{}');
    });
  });
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  wss.on('connection', (socket) => {
    const id = `bare-${(next += 1)}`;
    sockets.set(socket, Buffer.from(`{"type":"data","id":${JSON.stringify(id)},"payload":`));
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ type: 'start_ack', id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    httpUrl: `http://127.0.0.1:${port}/publish`,
    wsUrl: `ws://127.0.0.1:${port}/`,
    close: async () => {
      for (const socket of sockets.keys()) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
