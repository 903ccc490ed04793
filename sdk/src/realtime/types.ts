// The shapes the real-time client shares with the rest of the SDK (its auth, results and errors),
// stated here structurally until it can import them from sdk/src/auth.ts and sdk/src/result.ts.

/** The auth headers of one POST of `body` to `url`: a realtime handshake or `start`. */
export type Authorize = (request: { url: string; body: string }) => Promise<Record<string, string>>;

/** An error as AppSync reports it: callers switch on `errorType`, never on the message. */
export interface ApiError {
  message: string;
  errorType: string | null;
  errorInfo?: unknown;
  data?: unknown;
  path?: (string | number)[] | null;
  locations?: { line: number; column: number; sourceName?: string | null }[] | null;
}

/** One answer of the API: `data` is null when it failed as a whole, partial beside field errors otherwise. */
export type Result<TData, TError = ApiError> = { data: TData | null; errors: TError[] };

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
