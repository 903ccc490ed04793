// One WebSocket to AppSync's real-time endpoint, shared by a client's subscriptions, speaking the
// protocol of https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html.
import type { ApiError, Authorize, Result, WebSocketConstructor, WebSocketLike } from './types.js';
import { realtimeUrl } from './url.js';

export interface ReconnectOptions {
  /** The first retry waits up to this long; each further one up to twice as long as the one before (default 500 ms). */
  baseDelayMs?: number;
  /** No retry waits longer (default 30 s). */
  maxDelayMs?: number;
  /** Retries in a row before the subscriptions fail (default: no limit, as a phone may be offline for long). */
  maxAttempts?: number;
}

export interface RealtimeOptions {
  /** The GraphQL endpoint; the real-time endpoint is derived from it as AppSync does (url.ts). */
  url: string;
  /** Auth headers for the handshake (`<url>/connect`, body `{}`) and for each `start` (`<url>`, body: its data). */
  authorize: Authorize;
  /** Where there is no global WebSocket (Node 20): the `ws` package's. */
  WebSocket?: WebSocketConstructor;
  /** How long the socket may be silent before it counts as dropped (default: the server's `connectionTimeoutMs`). */
  keepAliveTimeoutMs?: number;
  reconnect?: ReconnectOptions;
}

/** What the connection tells one subscription. */
export interface Listener {
  /** The `start` message's `data`: the JSON of `{ query, variables }`. */
  readonly data: string;
  acknowledged(): void;
  event(result: Result<unknown>): void;
  /** The server ended the subscription: refused (`errors`) or completed it. */
  ended(errors?: ApiError[]): void;
  /** The subscription cannot go on: its auth failed, or the connection could not be re-established. */
  failed(error: Error): void;
}

type Message = { type: string; id?: string; payload?: { connectionTimeoutMs?: number; data?: unknown; errors?: unknown[] } };

/** AppSync's `connectionTimeoutMs` (the guide's example), for an ack that states none. */
const DEFAULT_CONNECTION_TIMEOUT_MS = 300_000;
/** How long Amplify JS waits for `connection_ack` (packages/api-graphql/src/Providers/constants.ts). */
const ACK_TIMEOUT_MS = 15_000;
/** A handshake refusal that another attempt would meet again, as Amplify JS tells them apart (same file). */
const refusedForGood = (errors: (ApiError & { errorCode?: number })[]) =>
  errors.some(
    (e) => [400, 401, 403].includes(e.errorCode ?? 0) || ['BadRequestException', 'UnauthorizedException'].includes(e.errorType ?? ''),
  );

/**
 * Opens the socket when the first subscription starts and closes it once the last one is stopped
 * (after the server's `complete`). Silence longer than the keep-alive timeout, or the socket
 * closing under live subscriptions, counts as a dropped socket: it reconnects after a jittered
 * exponential backoff and starts every live subscription again, authorizing each anew.
 */
export class RealtimeConnection {
  private readonly url: string;
  private WebSocket?: WebSocketConstructor;
  private socket?: WebSocketLike;
  private acknowledged = false;
  private connecting = false;
  private attempts = 0;
  private keepAliveTimeoutMs = ACK_TIMEOUT_MS;
  private silenceTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private readonly live = new Map<string, Listener>();
  /** Subscriptions sent `stop` and not yet answered `complete`. */
  private readonly stopping = new Set<string>();

  constructor(private readonly options: RealtimeOptions) {
    this.url = realtimeUrl(options.url);
  }

  /** Throws where there is no WebSocket to use: a client that never subscribes needs none. */
  add(id: string, listener: Listener): void {
    this.WebSocket ??= this.options.WebSocket ?? globalWebSocket();
    this.live.set(id, listener);
    if (this.acknowledged) void this.start(this.socket!, id, listener);
    else if (!this.socket && !this.connecting && !this.retryTimer) void this.connect();
  }

  remove(id: string): void {
    if (!this.live.delete(id)) return;
    if (this.acknowledged) {
      this.stopping.add(id);
      this.socket!.send(JSON.stringify({ type: 'stop', id }));
    }
    this.closeIfIdle();
  }

  private async connect(): Promise<void> {
    this.connecting = true;
    let headers: Record<string, string>;
    try {
      headers = await this.options.authorize({ url: `${this.options.url}/connect`, body: '{}' });
    } catch {
      // A token provider offline with the rest of the network: one more reason to retry.
      this.connecting = false;
      return this.retry();
    }
    this.connecting = false;
    if (!this.live.size) return;
    const query = `header=${encodeURIComponent(base64(JSON.stringify(headers)))}&payload=e30=`;
    let socket: WebSocketLike;
    try {
      socket = new this.WebSocket!(`${this.url}?${query}`, ['graphql-ws']);
    } catch (e) {
      return this.failAll(e);
    }
    this.socket = socket;
    this.keepAliveTimeoutMs = ACK_TIMEOUT_MS;
    this.expectWithin(socket);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
    socket.onmessage = (event) => this.receive(socket, String(event.data));
    socket.onclose = () => this.dropped(socket);
    // A close follows every error.
    socket.onerror = () => {};
  }

  private receive(socket: WebSocketLike, text: string): void {
    const message = parse(text);
    if (socket !== this.socket || !message) return;
    // Any frame shows the socket is alive, not only `ka`.
    this.expectWithin(socket);
    const listener = message.id === undefined ? undefined : this.live.get(message.id);
    switch (message.type) {
      case 'connection_ack':
        this.acknowledged = true;
        this.attempts = 0;
        this.keepAliveTimeoutMs = this.options.keepAliveTimeoutMs ?? message.payload?.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
        this.expectWithin(socket);
        for (const [id, live] of this.live) void this.start(socket, id, live);
        return;
      case 'start_ack':
        return listener?.acknowledged();
      case 'data':
        return listener?.event({ data: message.payload?.data ?? null, errors: apiErrors(message.payload?.errors) });
      case 'error':
        // Without an id: about a frame the server could not read, none of ours.
        if (!listener) return;
        this.live.delete(message.id!);
        listener.ended(apiErrors(message.payload?.errors));
        return this.closeIfIdle();
      case 'complete':
        this.stopping.delete(message.id!);
        if (listener) {
          this.live.delete(message.id!);
          listener.ended();
        }
        return this.closeIfIdle();
      case 'connection_error': {
        const errors = apiErrors(message.payload?.errors);
        if (!refusedForGood(errors)) return this.abandon(socket);
        const listeners = [...this.live.values()];
        this.live.clear();
        this.closeIfIdle();
        for (const l of listeners) l.ended(errors);
        return;
      }
    }
  }

  private async start(socket: WebSocketLike, id: string, listener: Listener): Promise<void> {
    let authorization: Record<string, string>;
    try {
      authorization = await this.options.authorize({ url: this.options.url, body: listener.data });
    } catch (e) {
      if (this.live.get(id) !== listener) return;
      this.live.delete(id);
      listener.failed(asError(e));
      return this.closeIfIdle();
    }
    // Stopped meanwhile, or the socket dropped: the next connection starts it again.
    if (socket !== this.socket || this.live.get(id) !== listener) return;
    socket.send(JSON.stringify({ id, type: 'start', payload: { data: listener.data, extensions: { authorization } } }));
  }

  /** (Re)arms the keep-alive timer: a socket silent past it is treated as dropped. */
  private expectWithin(socket: WebSocketLike): void {
    clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => this.abandon(socket), this.keepAliveTimeoutMs);
  }

  /** Closes a socket we no longer trust and reconnects as if the server had dropped it. */
  private abandon(socket: WebSocketLike): void {
    detach(socket);
    // A silent peer never answers a close frame, which would keep the socket (and a Node process)
    // waiting for it: `ws` can drop the connection at once; a browser closes it in the background.
    const { terminate } = socket as { terminate?: () => void };
    if (terminate) terminate.call(socket);
    else socket.close();
    this.dropped(socket);
  }

  private dropped(socket: WebSocketLike): void {
    if (socket !== this.socket) return;
    this.forget();
    if (this.live.size) this.retry();
  }

  private retry(): void {
    const { baseDelayMs = 500, maxDelayMs = 30_000, maxAttempts = Infinity } = this.options.reconnect ?? {};
    if (this.attempts >= maxAttempts) return this.failAll(new Error(`AppSync real-time connection lost (${this.attempts} attempts)`));
    // "Full jitter": https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
    const delay = Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** this.attempts++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.live.size) void this.connect();
    }, delay);
  }

  private failAll(error: unknown): void {
    const listeners = [...this.live.values()];
    this.live.clear();
    this.closeIfIdle();
    for (const l of listeners) l.failed(asError(error));
  }

  /** With nothing live or stopping, nothing may keep running: no socket, no timer. */
  private closeIfIdle(): void {
    if (this.live.size || this.stopping.size) return;
    const socket = this.socket;
    this.forget();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempts = 0;
    if (socket) {
      detach(socket);
      socket.close(1000);
    }
  }

  private forget(): void {
    clearTimeout(this.silenceTimer);
    this.socket = undefined;
    this.acknowledged = false;
    this.stopping.clear();
  }
}

/** Nothing more from a socket we are done with (its errors stay handled: `ws` throws an unhandled one). */
function detach(socket: WebSocketLike): void {
  socket.onopen = socket.onmessage = socket.onclose = null;
}

function globalWebSocket(): WebSocketConstructor {
  const { WebSocket } = globalThis as { WebSocket?: WebSocketConstructor };
  if (!WebSocket) throw new Error('No global WebSocket here (Node 20): pass the `ws` package’s as the `WebSocket` option.');
  return WebSocket;
}

function parse(text: string): Message | undefined {
  try {
    const message = JSON.parse(text) as Message;
    return typeof message?.type === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

/** The protocol's error entries (`{ errorType, message, errorCode? }`, or GraphQL errors) as the SDK's errors. */
function apiErrors(entries: unknown[] = []): ApiError[] {
  return entries.map((entry) => {
    const e = entry as Partial<ApiError>;
    return { ...e, message: String(e.message ?? ''), errorType: e.errorType ?? null };
  });
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** Base64 of UTF-8 text, in browsers and Node alike. */
function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
