import type { ServerResponse } from 'node:http';
import { send, type Route } from '../http/server.ts';
import type { LocalAuth } from '../auth/local-auth.ts';
import { appSyncAuthHeaders } from '../auth/request-headers.ts';
import type { RequestSummary } from '../logging/request-summary.ts';
import { CONSOLE_PATH } from './route.ts';

/** The console's own endpoints, under its page's path. */
export const CONSOLE_API = {
  identities: `${CONSOLE_PATH}/identities`,
  token: `${CONSOLE_PATH}/token`,
  sign: `${CONSOLE_PATH}/sign`,
  requests: `${CONSOLE_PATH}/requests`,
} as const;

export interface ConsoleRouteOptions {
  auth: LocalAuth;
  /** The IAM principals the declaration grants fields to: the identities the console may sign as. */
  principals: string[];
  /** The most recent GraphQL requests' summaries, newest first. */
  recentRequests: (limit: number) => RequestSummary[];
}

/**
 * What the console page asks the server for: the demo users and IAM principals, a demo user's
 * token, a request signed with SigV4 as a local principal (the secret key never leaves this
 * process: the page gets only the headers of the one request it asked for, for this origin's
 * GraphQL endpoints), and the request log. Like the page itself, these are control paths
 * (local/http/control-access.ts): loopback host names only, and no page of another origin.
 */
export function consoleRoute({ auth, principals, recentRequests }: ConsoleRouteOptions): Route {
  const route: Route = async (req, body, res) => {
    const pathname = (req.url ?? '/').split('?', 1)[0]!;
    if (pathname === CONSOLE_API.identities && req.method === 'GET') {
      const users = auth.userPool.listUsers().map((u) => ({ email: u.email, groups: u.groups }));
      send(res, 200, { users, principals, region: auth.iam.region }, NO_STORE);
      return true;
    }
    if (pathname === CONSOLE_API.requests && req.method === 'GET') {
      send(res, 200, { requests: recentRequests(100) }, NO_STORE);
      return true;
    }
    if (req.method !== 'POST' || (pathname !== CONSOLE_API.token && pathname !== CONSOLE_API.sign)) return false;
    const input = parse(body);
    if (pathname === CONSOLE_API.token) {
      const user = auth.userPool.user(String(input?.email ?? ''));
      if (!user) return refuse(res, 'No such user in the local pool.');
      send(res, 200, { token: (await auth.userPool.tokensFor(user.email)).idToken }, NO_STORE);
      return true;
    }
    const principal = String(input?.principal ?? '');
    if (!principals.includes(principal)) return refuse(res, `Sign as one of: ${principals.join(', ')}.`);
    const target = typeof input?.url === 'string' && URL.canParse(input.url) ? new URL(input.url) : undefined;
    if (!target || target.host !== req.headers.host || !isGraphqlPath(target.pathname)) {
      return refuse(res, "Only this server's GraphQL endpoints are signed for.");
    }
    const headers = await appSyncAuthHeaders(
      { iam: auth.iam.principal(principal).credentials, region: auth.iam.region },
      { url: target.href, body: String(input?.body ?? '') },
    );
    send(res, 200, { headers }, NO_STORE);
    return true;
  };
  route.controlPaths = [CONSOLE_PATH, ...Object.values(CONSOLE_API)];
  return route;
}

const NO_STORE = ['cache-control', 'no-store'];

/** A GraphQL endpoint, its real-time path or the real-time handshake's `/connect` (what AppSync's clients sign). */
const isGraphqlPath = (pathname: string) => /^(\/source\/[^/]+)?\/graphql(\/realtime)?(\/connect)?$/.test(pathname);

function parse(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function refuse(res: ServerResponse, message: string): true {
  send(res, 400, { message }, ['x-amzn-errortype', 'ValidationException']);
  return true;
}
