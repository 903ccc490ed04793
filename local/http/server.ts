import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Executor, GraphQLRequestBody } from '../graphql/executor.ts';
import { UnauthorizedRequest, type Authenticator } from '../auth/types.ts';
import type { RequestObserver } from '../logging/request-log.ts';
import type { RealtimeEndpoint } from '../realtime/pubsub-hub.ts';
import { controlAccessRefusal } from './control-access.ts';

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
  /** This endpoint's subscriptions: its mutations publish to them (local/realtime). */
  realtime?: RealtimeEndpoint;
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
      if (!res.headersSent) send(res, 500, { errors: [{ errorType: 'InternalFailure', message: String((e as Error)?.message ?? e) }] }, common);
    });
  };
  return tls ? createHttpsServer(tls, listener) : createServer(listener);
}

/** `common`: the headers every answer to this request carries. */
async function handle(req: IncomingMessage, res: ServerResponse, requestId: string, common: string[], endpoints: GraphQLEndpoint[], routes: Route[], tls: boolean) {
  const pathname = (req.url ?? '/').split('?', 1)[0]!;
  if (routes.some((route) => route.controlPaths?.includes(pathname))) {
    const refusal = controlAccessRefusal(req, tls);
    if (refusal) {
      req.resume();
      return send(res, 403, { message: refusal }, ['x-amzn-requestid', requestId, 'x-amzn-errortype', 'AccessDeniedException']);
    }
    common = ['x-amzn-requestid', requestId];
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(200, [...common, ...PREFLIGHT, 'access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*']).end();
    return;
  }
  const body = await readBody(req);
  if (body === undefined) return send(res, 413, { errors: [{ errorType: 'PayloadTooLargeException', message: 'Request too large.' }] }, common);
  const endpoint = req.method === 'POST' ? endpoints.find((e) => e.path === pathname) : undefined;
  if (!endpoint) {
    // Other routes write their own answers: they get the same headers the progressive way.
    for (let i = 0; i < common.length; i += 2) res.setHeader(common[i]!, common[i + 1]!);
    for (const route of routes) {
      const handled = route(req, body, res);
      if (handled === true || (handled !== false && (await handled))) return;
    }
    return send(res, 404, { errors: [{ errorType: 'NotFound', message: 'Not found.' }] }, common);
  }

  if (body.trim() === '') return send(res, 400, malformed('Request body is empty.'), common);
  const request = parseRequest(body);
  if (!request) return send(res, 400, malformed('Unable to parse GraphQL query.'), common);
  const observation = endpoint.observer?.begin(requestId, request);

  const headers = flatHeaders(req);
  let caller;
  try {
    caller = await endpoint.authenticator.authenticate({ headers, method: 'POST', path: pathname, body, sourceIp: sourceIpOf(req) });
  } catch (e) {
    if (!(e instanceof UnauthorizedRequest)) {
      observation?.end(500);
      throw e;
    }
    const denied = { errors: [{ errorType: e.errorType, message: e.message }] };
    observation?.end(e.status, denied);
    return send(res, e.status, denied, common);
  }
  const added: Record<string, string> = {};
  let result;
  try {
    const executor = endpoint.executor();
    result = await executor.execute(request, { caller, headers, requestId, responseHeaders: added, fieldObserver: observation?.fieldObserver, realtime: endpoint.realtime?.observer(executor) });
  } catch (e) {
    observation?.end(500);
    throw e;
  }
  const { statusCode = 200, ...response } = result;
  observation?.end(statusCode, response);
  send(res, statusCode, response, [...common, ...addedHeaders(added)]);
}

function parseRequest(body: string): GraphQLRequestBody | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const { query, variables, operationName } = parsed as Record<string, unknown>;
  if (typeof query !== 'string') return undefined;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  return { query, variables: (variables as Record<string, unknown>) ?? null, operationName: (operationName as string) ?? null };
}

const malformed = (message: string) => ({ errors: [{ message, errorType: 'MalformedHttpRequestException' }] });

/** Writes a JSON answer; `headers` as a flat name, value, … list (one writeHead, no per-header bookkeeping). */
export function send(res: ServerResponse, status: number, body: unknown, headers: string[] = []) {
  const text = JSON.stringify(body);
  res.writeHead(status, [...headers, 'content-type', 'application/json; charset=UTF-8', 'content-length', String(Buffer.byteLength(text))]);
  res.end(text);
}

/** What every answer carries: AppSync's request id, and what a browser needs to read a cross-origin answer. */
const responseHeaders = (req: IncomingMessage, requestId: string) => [
  'x-amzn-requestid', requestId,
  'access-control-allow-origin', req.headers.origin ?? '*',
  'access-control-expose-headers', 'x-amzn-requestid, x-amzn-errortype, x-amz-user-agent',
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
