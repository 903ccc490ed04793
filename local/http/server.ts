import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Executor, RealtimeObserver } from '../graphql/executor.ts';
import type { Rejection } from '../graphql/errors.ts';
import { parseRequestBody } from '../graphql/request.ts';
import type { RequestObserver } from '../logging/request-log.ts';
import { UnauthorizedRequest, type Authenticator } from './authentication.ts';
import { controlAccessRefusal } from './control-access.ts';
import {
  controlAccessDenied,
  emptyRequestBody,
  internalFailure,
  notFound,
  payloadTooLarge,
  serviceErrorBody,
  unauthorized,
  unparseableRequestBody,
} from './rejections.ts';

/** An extra route (EvaluateCode, the local user pool, ...) served beside the GraphQL endpoints. */
export type Route = ((req: IncomingMessage, body: string, res: ServerResponse) => Promise<boolean> | boolean) & {
  /** Paths of a control endpoint: loopback host names only, no cross-origin browser request (http/control-access.ts). */
  controlPaths?: readonly string[];
};

export interface GraphQLEndpoint {
  path: string;
  executor: () => Executor;
  authenticator: Authenticator;
  /** Request logs and per-request summaries (local/logging). */
  observer?: RequestObserver;
  /** This endpoint's subscriptions: its mutations publish to them (local/realtime/pubsub-hub.ts). */
  realtime?: { observer(executor: Executor): RealtimeObserver };
}

export const MAX_BODY = 1024 * 1024;

/**
 * AppSync's HTTP surface: POST of a JSON GraphQL request, request-level failures as 400/401
 * with AppSync's error types, everything else HTTP 200 with `data` and `errors`.
 */
export function createHttpServer(endpoints: GraphQLEndpoint[], routes: Route[] = [], tls?: { key: string; cert: string }): Server {
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    const common = responseHeaders(req, requestId);
    handle(req, res, requestId, common, endpoints, routes, tls !== undefined).catch((e) => {
      if (!res.headersSent) sendRejection(res, internalFailure(e), common);
    });
  };
  const server = tls ? createHttpsServer(tls, listener) : createServer(listener);
  // Longer than any client's idle keep-alive (undici's is 4 s), so the server never closes a
  // socket at the moment a client reuses it ("other side closed"); stop() closes them all anyway.
  server.keepAliveTimeout = 65_000;
  return server;
}

/** `common`: the headers every answer to this request carries. */
async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  common: string[],
  endpoints: GraphQLEndpoint[],
  routes: Route[],
  tls: boolean,
) {
  const pathname = (req.url ?? '/').split('?', 1)[0]!;
  if (routes.some((route) => route.controlPaths?.includes(pathname))) {
    const refusal = controlAccessRefusal(req, tls);
    if (refusal) {
      req.resume();
      const denied = controlAccessDenied(refusal);
      return send(res, denied.statusCode, serviceErrorBody(denied), ['x-amzn-requestid', requestId, 'x-amzn-errortype', denied.errorType]);
    }
    common = ['x-amzn-requestid', requestId];
  }
  if (req.method === 'OPTIONS') {
    res
      .writeHead(200, [...common, ...PREFLIGHT, 'access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*'])
      .end();
    return;
  }
  const body = await readBody(req);
  if (body === undefined) return sendRejection(res, payloadTooLarge(), common);
  const endpoint = req.method === 'POST' ? endpoints.find((e) => e.path === pathname) : undefined;
  if (!endpoint) {
    // Other routes write their own answers: they get the same headers the progressive way.
    for (let i = 0; i < common.length; i += 2) res.setHeader(common[i]!, common[i + 1]!);
    for (const route of routes) {
      const handled = route(req, body, res);
      if (handled === true || (handled !== false && (await handled))) return;
    }
    return sendRejection(res, notFound(), common);
  }

  if (body.trim() === '') return sendRejection(res, emptyRequestBody(), common);
  const request = parseRequestBody(body, 'refuse');
  if (!request) return sendRejection(res, unparseableRequestBody(), common);
  const observation = endpoint.observer?.begin(requestId, request);

  // One preparation serves the authenticator (IAM checks the root fields) and the execution.
  const headers = flatHeaders(req);
  const executor = endpoint.executor();
  let prepared, caller;
  try {
    prepared = executor.prepareRequest(request, 'http');
    caller = await endpoint.authenticator.authenticate({
      headers,
      method: 'POST',
      path: pathname,
      body,
      graphql: prepared,
      sourceIp: sourceIpOf(req),
    });
  } catch (e) {
    if (!(e instanceof UnauthorizedRequest)) {
      observation?.end(500);
      throw e;
    }
    const denied = unauthorized(e);
    observation?.end(denied.statusCode, denied.body, e.reason);
    return sendRejection(res, denied, common);
  }
  const added: Record<string, string> = {};
  let result;
  try {
    result = await executor.execute(prepared, {
      caller,
      headers,
      requestId,
      responseHeaders: added,
      fieldObserver: observation?.fieldObserver,
      realtime: endpoint.realtime?.observer(executor),
    });
  } catch (e) {
    observation?.end(500);
    throw e;
  }
  const { statusCode = 200, ...response } = result;
  observation?.end(statusCode, response);
  send(res, statusCode, response, [...common, ...addedHeaders(added)]);
}

/** Writes a JSON answer; `headers` as a flat name, value, … list (one writeHead, no per-header bookkeeping). */
export function send(res: ServerResponse, status: number, body: unknown, headers: string[] = []) {
  const text = JSON.stringify(body);
  res.writeHead(status, [...headers, 'content-type', 'application/json; charset=UTF-8', 'content-length', String(Buffer.byteLength(text))]);
  res.end(text);
}

const sendRejection = (res: ServerResponse, { statusCode, body }: Rejection, headers: string[]) => send(res, statusCode, body, headers);

/** What every answer carries: AppSync's request id, and what a browser needs to read a cross-origin answer. */
const responseHeaders = (req: IncomingMessage, requestId: string) => [
  'x-amzn-requestid',
  requestId,
  'access-control-allow-origin',
  req.headers.origin ?? '*',
  'access-control-expose-headers',
  'x-amzn-requestid, x-amzn-errortype, x-amz-user-agent',
];

/** Headers resolvers added, as a flat list: names differing only in case are one header, the last value kept. */
function addedHeaders(added: Record<string, string>): string[] {
  const byName = new Map<string, [string, string]>();
  for (const [name, value] of Object.entries(added)) {
    byName.delete(name.toLowerCase());
    byName.set(name.toLowerCase(), [name, value]);
  }
  return [...byName.values()].flat();
}

/** Only a preflight answer says what may be sent; browsers read these from nowhere else. */
const PREFLIGHT = ['access-control-allow-methods', 'GET, POST, OPTIONS', 'access-control-max-age', '86400'];

/** The client's address as AppSync reports it in `ctx.identity.sourceIp` (IPv4 without Node's `::ffff:` prefix). */
export function sourceIpOf(req: IncomingMessage): string | undefined {
  return req.socket.remoteAddress?.replace(/^::ffff:/, '');
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(',') : v;
  return out;
}

/** The request body, or undefined past AppSync's size limit. Plain stream events: cheaper than an async iterator per request. */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
