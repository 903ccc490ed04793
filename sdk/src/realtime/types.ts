// What the real-time client uses of a WebSocket; its auth, results and errors are the SDK's own.
export type { Authorize } from '../auth.js';
export type { ApiError } from '../errors.js';
export type { Result } from '../result.js';

// A method's parameters compare both ways: the browser's and `ws`'s handlers take their own
// MessageEvent, of which the client reads `data` only.
type MessageHandler = { handle(event: { data: unknown }): void }['handle'];

/** What the client uses of a WebSocket: the browser's, Node 22's global one, or the `ws` package's. */
export interface WebSocketLike {
  send(data: string): void;
  close(code?: number): void;
  onopen: ((event: never) => void) | null;
  onmessage: MessageHandler | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}

export type WebSocketConstructor = new (url: string, protocols: string[]) => WebSocketLike;
