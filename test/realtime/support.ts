import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';
import type { LocalRuntime } from '../../local/runtime.ts';
import { appSyncAuthHeaders, type AppSyncCaller } from '../../local/auth/request-headers.ts';
import { callerOf, type Who } from '../auth/support.ts';
import { post } from '../support/runtime.ts';

/** A message from the server, parsed. */
export type ServerMessage = { type: string; id?: string; payload?: any };

/**
 * The authorization headers an AppSync client puts in its handshake (for `<endpoint>/connect`, body
 * `{}`) or in a `start` (for `<endpoint>`, body: the `data` string), as Amplify builds them.
 */
export async function authorizationFor(
  caller: AppSyncCaller,
  endpointUrl: string,
  body: string,
  connect: boolean,
): Promise<Record<string, string>> {
  const host = new URL(endpointUrl).host;
  if ('apiKey' in caller) return { host, 'x-api-key': caller.apiKey };
  if ('userPoolToken' in caller) return { host, Authorization: caller.userPoolToken };
  return appSyncAuthHeaders(caller, { url: connect ? `${endpointUrl}/connect` : endpointUrl, body });
}

export interface ConnectOptions {
  /** `header`: `Sec-WebSocket-Protocol: graphql-ws, header-…` (default); `query`: `?header=…&payload=e30=`. */
  form?: 'header' | 'query';
  /** The GraphQL endpoint (default: the runtime's); the socket goes to `<endpoint>/realtime`. */
  endpointUrl?: string;
  /** Handshake headers as sent, instead of ones built for a caller. */
  rawHeaders?: string;
}

/** A raw `ws` client of AppSync's real-time protocol that queues what the server sends. */
export class RealtimeClient {
  private readonly received: ServerMessage[] = [];
  private waiters: (() => void)[] = [];
  closed = false;
  closeCode?: number;

  private constructor(
    readonly socket: WebSocket,
    readonly endpointUrl: string,
  ) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()));
      this.wake();
    });
    socket.on('close', (code) => {
      this.closed = true;
      this.closeCode = code;
      this.wake();
    });
  }

  static async open(runtime: LocalRuntime, caller: AppSyncCaller | null, options: ConnectOptions = {}): Promise<RealtimeClient> {
    const endpointUrl = options.endpointUrl ?? runtime.url;
    const url = `${endpointUrl.replace(/^http/, 'ws')}/realtime`;
    const headers = options.rawHeaders ?? (caller ? JSON.stringify(await authorizationFor(caller, endpointUrl, '{}', true)) : undefined);
    let socket: WebSocket;
    if (options.form === 'query') {
      const query = headers === undefined ? '' : `?header=${encodeURIComponent(Buffer.from(headers).toString('base64'))}&payload=e30=`;
      socket = new WebSocket(`${url}${query}`, ['graphql-ws']);
    } else {
      socket = new WebSocket(url, [
        'graphql-ws',
        ...(headers === undefined ? [] : [`header-${Buffer.from(headers).toString('base64url')}`]),
      ]);
    }
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new RealtimeClient(socket, endpointUrl);
  }

  /** Opens, sends `connection_init` and waits for `connection_ack`. */
  static async connect(runtime: LocalRuntime, caller: AppSyncCaller, options: ConnectOptions = {}): Promise<RealtimeClient> {
    const client = await RealtimeClient.open(runtime, caller, options);
    client.send({ type: 'connection_init' });
    const ack = await client.next((m) => m.type !== 'ka');
    if (ack.type !== 'connection_ack') throw new Error(`expected connection_ack, got ${JSON.stringify(ack)}`);
    return client;
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Sends a `start` authorized for `caller`; resolves with the id and the server's answer. */
  async start(
    caller: AppSyncCaller | null,
    query: string,
    variables?: Record<string, unknown>,
    id: string = randomUUID(),
  ): Promise<{ id: string; answer: ServerMessage }> {
    const data = JSON.stringify({ query, variables });
    const authorization = caller ? await authorizationFor(caller, this.endpointUrl, data, false) : undefined;
    this.send({ id, type: 'start', payload: { data, extensions: authorization ? { authorization } : {} } });
    const answer = await this.next((m) => m.id === id && (m.type === 'start_ack' || m.type === 'error'));
    return { id, answer };
  }

  /** Starts a subscription that must be acknowledged. */
  async subscribe(caller: AppSyncCaller, query: string, variables?: Record<string, unknown>): Promise<string> {
    const { id, answer } = await this.start(caller, query, variables);
    if (answer.type !== 'start_ack') throw new Error(`subscription refused: ${JSON.stringify(answer)}`);
    return id;
  }

  /** The next message matching `accept` (others stay queued), waiting at most `timeoutMs`. */
  async next(accept: (m: ServerMessage) => boolean = () => true, timeoutMs = 10_000): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.received.findIndex(accept);
      if (index >= 0) return this.received.splice(index, 1)[0]!;
      if (this.closed)
        throw new Error(`connection closed (${this.closeCode}) before the expected message; queued: ${JSON.stringify(this.received)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms; queued: ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next `data` message of subscription `id`. */
  async data(id: string): Promise<any> {
    return (await this.next((m) => m.type === 'data' && m.id === id)).payload;
  }

  /** Waits for the socket to close. */
  async closedByServer(timeoutMs = 10_000): Promise<number | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('the server did not close the connection');
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.closeCode;
  }

  /** Messages received and not yet taken. */
  pending(): ServerMessage[] {
    return [...this.received];
  }

  close(): void {
    this.socket.close();
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** Sends a GraphQL request as `who` (or with explicit caller credentials) to an endpoint. */
export async function callEndpoint(endpointUrl: string, caller: AppSyncCaller, query: string, variables?: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables });
  const headers = 'apiKey' in caller ? { 'x-api-key': caller.apiKey } : await appSyncAuthHeaders(caller, { url: endpointUrl, body });
  return post(endpointUrl, body, headers);
}

export async function callerFor(runtime: LocalRuntime, who: Exclude<Who, 'none'>): Promise<AppSyncCaller> {
  return callerOf(runtime, who);
}

/** The backend's least-privilege publisher of live events (granted publishLiveEvent and closeLiveStream). */
export const livePublisher = (runtime: LocalRuntime): AppSyncCaller => ({
  iam: runtime.auth.iam.principal('fixtureLivePublisher').credentials,
  region: runtime.auth.iam.region,
});

export const SEND_LIVE_EVENT =
  'mutation ($input: LiveEventInput!) { sendLiveEvent(input: $input) { streamId kind seq priority tags body author { name tier } } }';
export const PUBLISH_LIVE_EVENT =
  'mutation ($input: LiveEventInput!) { publishLiveEvent(input: $input) { streamId kind seq priority tags body author { name tier } internalNote } }';
