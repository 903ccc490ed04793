import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { parseRequestBody, type GraphQLRequestBody } from '../graphql/request.ts';
import { sourceIpOf, type GraphQLEndpoint } from '../http/server.ts';
import { authorize, type Authorization } from './authorize.ts';
import type { PubSubHub, Subscriber, SubscriberConnection } from './pubsub-hub.ts';
import { authorizationHeaders, handshakeAuthHeaders } from './handshake.ts';
import {
  KEEP_ALIVE,
  MAX_BUFFERED_OUTBOUND_BYTES,
  MAX_SUBSCRIPTIONS_PER_CONNECTION,
  alreadyInitialized,
  complete,
  connectionAck,
  connectionError,
  connectionInitTimeout,
  duplicatedOperation,
  errorMessage,
  internalFailure,
  maxSubscriptionsReached,
  startAck,
  unsupported,
  type RealtimeError,
} from './protocol.ts';
import { startSubscription } from './subscription-start.ts';

/** An endpoint that serves subscriptions. */
export type RealtimeGraphQLEndpoint = GraphQLEndpoint & { realtime: PubSubHub };

type Message = { type: string; id?: unknown; payload?: unknown };

/**
 * One client's WebSocket, speaking AppSync's protocol: the handshake's headers are authorized as soon
 * as the socket opens and answered on `connection_init` with `connection_ack` (then `ka` periodically)
 * or `connection_error` (then the socket closes); each `start` is authorized on its own and answered
 * with `start_ack` or `error`; `stop` with `complete`. A socket without `connection_init` in time is
 * closed, and so is one whose client leaves too many replies unread.
 */
export class RealtimeConnection implements SubscriberConnection {
  private readonly handshake: Promise<Authorization>;
  private readonly sourceIp: string | undefined;
  private inbox: Promise<void> = Promise.resolve();
  private acknowledged = false;
  private readonly initTimer: NodeJS.Timeout;
  /** Live subscriptions, and `start`s still running (null). */
  private readonly subscriptions = new Map<string, Subscriber | null>();

  constructor(
    private readonly socket: WebSocket,
    req: IncomingMessage,
    private readonly endpoint: RealtimeGraphQLEndpoint,
    initTimeoutMs: number,
    private readonly connectionTimeoutMs: number,
  ) {
    this.sourceIp = sourceIpOf(req);
    this.handshake = authorize(
      endpoint.authenticator,
      handshakeAuthHeaders(req),
      { path: `${endpoint.path}/connect`, body: '{}', sourceIp: this.sourceIp },
      'connection',
    );
    // Unhandled until the first message: keep the rejection observed.
    this.handshake.catch(() => {});
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? Buffer.from(data as Buffer).toString('utf8') : data.toString();
      this.inbox = this.inbox.then(() => this.receive(text)).catch((e) => this.fail(e));
    });
    this.initTimer = setTimeout(() => {
      this.reply(connectionError([connectionInitTimeout(initTimeoutMs)]));
      this.socket.close(1000);
    }, initTimeoutMs);
    this.initTimer.unref();
    socket.on('close', () => this.release());
    socket.on('error', () => this.release());
  }

  get isAcknowledged(): boolean {
    return this.acknowledged && this.socket.readyState === this.socket.OPEN;
  }

  keepAlive(): void {
    if (this.isAcknowledged) this.write(KEEP_ALIVE);
  }

  send(frame: Buffer): void {
    this.write(frame);
  }

  closed(id: string): void {
    if (this.subscriptions.delete(id)) this.reply(complete(id));
  }

  close(): void {
    this.socket.terminate();
  }

  private async receive(text: string): Promise<void> {
    const message = parse(text);
    const handshake = await this.handshake;
    if (!handshake.ok) {
      this.reply(connectionError([handshake.error]));
      this.socket.close(1000);
      return;
    }
    if (!message) return this.reply(errorMessage(undefined, [unsupported()]));
    switch (message.type) {
      case 'connection_init':
        // Answered and ignored rather than closed: the connection and its subscriptions stay as they
        // are, as for any other message AppSync cannot place (Amplify ignores an `error` without id).
        if (this.acknowledged) return this.reply(errorMessage(undefined, [alreadyInitialized()]));
        clearTimeout(this.initTimer);
        this.reply(connectionAck(this.connectionTimeoutMs));
        this.acknowledged = true;
        this.keepAlive();
        return;
      case 'start':
        return this.start(message);
      case 'stop':
        return this.stop(message);
      case 'ka':
        return;
      default:
        return this.reply(errorMessage(undefined, [unsupported()]));
    }
  }

  private start(message: Message): void {
    const { id, payload } = message;
    const data = isObject(payload) ? payload.data : undefined;
    if (typeof id !== 'string' || typeof data !== 'string') return this.reply(errorMessage(undefined, [unsupported()]));
    if (this.subscriptions.has(id)) return this.reply(errorMessage(id, [duplicatedOperation(id)]));
    if (this.subscriptions.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) return this.reply(errorMessage(id, [maxSubscriptionsReached()]));
    // `payload.data`: a JSON string of `{query, variables, operationName?}`.
    const request = parseRequestBody(data, 'ignore');
    if (!request) return this.reply(errorMessage(id, [unsupported()]));
    this.subscriptions.set(id, null);
    const extensions = isObject(payload) ? payload.extensions : undefined;
    this.register(id, request, data, isObject(extensions) ? extensions.authorization : undefined).catch((e) => {
      if (this.subscriptions.get(id) === null) this.subscriptions.delete(id);
      this.reply(errorMessage(id, [internalFailure(e)]));
    });
  }

  private async register(id: string, request: GraphQLRequestBody, data: string, authorization: unknown): Promise<void> {
    const headers = authorizationHeaders(authorization);
    const refuse = (errors: RealtimeError[]) => {
      if (this.subscriptions.get(id) !== null) return;
      this.subscriptions.delete(id);
      this.reply(errorMessage(id, errors));
    };
    // The endpoint's executor of the moment: a reload swaps it, the subscription stays. Its
    // preparation serves the authorization (IAM checks the subscription field) and the start.
    const executor = this.endpoint.executor();
    const prepared = executor.prepareRequest(request, 'websocket');
    const auth = await authorize(
      this.endpoint.authenticator,
      headers,
      { path: this.endpoint.path, body: data, graphql: prepared, sourceIp: this.sourceIp },
      'start',
    );
    if (!auth.ok) return refuse([auth.error]);
    const outcome = await startSubscription(executor, prepared, auth.caller, { headers: headers ?? {}, requestId: randomUUID() });
    if (!outcome.ok) return refuse(outcome.errors);
    // A `stop` or a closed socket while the resolver ran: nothing to register.
    if (this.subscriptions.get(id) !== null || this.socket.readyState !== this.socket.OPEN) return;
    const subscriber: Subscriber = { id, connection: this, request, caller: auth.caller, ...outcome.subscription };
    this.subscriptions.set(id, subscriber);
    this.endpoint.realtime.add(subscriber);
    // Registered first: an event published from now on reaches the subscriber (none before start_ack).
    this.reply(startAck(id));
  }

  private stop(message: Message): void {
    if (typeof message.id !== 'string') return this.reply(errorMessage(undefined, [unsupported()]));
    const subscriber = this.subscriptions.get(message.id);
    this.subscriptions.delete(message.id);
    if (subscriber) this.endpoint.realtime.remove(subscriber);
    this.reply(complete(message.id));
  }

  private reply(message: object): void {
    this.write(JSON.stringify(message));
  }

  /**
   * A client that stopped reading is dropped rather than queued more: terminated, not closed, as a
   * close frame would wait behind the replies it does not read.
   */
  private write(frame: string | Buffer): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_OUTBOUND_BYTES) return this.socket.terminate();
    this.socket.send(frame, { binary: false });
  }

  private fail(e: unknown): void {
    this.reply(errorMessage(undefined, [internalFailure(e)]));
  }

  private release(): void {
    clearTimeout(this.initTimer);
    for (const subscriber of this.subscriptions.values()) if (subscriber) this.endpoint.realtime.remove(subscriber);
    this.subscriptions.clear();
    this.acknowledged = false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parse(text: string): Message | undefined {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isObject(message) && typeof message.type === 'string' ? (message as Message) : undefined;
}
