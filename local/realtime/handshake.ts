import type { IncomingMessage } from 'node:http';

/**
 * The authorization headers a client sent with its WebSocket handshake, in either form AppSync takes:
 * - header-based (Amplify v6, aws-appsync-subscription-link): `Sec-WebSocket-Protocol: graphql-ws,
 *   header-<base64url(JSON headers), no padding>`;
 * - query-string (older clients): `?header=<base64(JSON headers)>&payload=<base64("{}")>`.
 * Undefined when neither form is present or the value is not base64 of a JSON object.
 */
export function handshakeAuthHeaders(req: IncomingMessage): Record<string, string> | undefined {
  const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const fromProtocol = protocols.find((p) => p.startsWith('header-'));
  if (fromProtocol) return decodeHeaders(fromProtocol.slice('header-'.length));
  const fromQuery = new URL(req.url ?? '/', 'http://localhost').searchParams.get('header');
  return fromQuery ? decodeHeaders(fromQuery) : undefined;
}

/** The `extensions.authorization` object of a `start` message, as request headers. */
export function authorizationHeaders(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return lowerCaseHeaders(value as Record<string, unknown>);
}

function decodeHeaders(encoded: string): Record<string, string> | undefined {
  // Node decodes both alphabets, with or without padding.
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  try {
    return authorizationHeaders(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** HTTP header names are case-insensitive; the authenticators read them lower-cased. */
function lowerCaseHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') out[name.toLowerCase()] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[name.toLowerCase()] = String(value);
  }
  return out;
}
