import type { IncomingMessage } from 'node:http';

/** Host names that can only mean this machine. A DNS-rebinding page arrives under its own name. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a request may reach a control endpoint (EvaluateCode, and every other endpoint that
 * runs or steers code): only from this machine's own names, and never from a web page of
 * another origin. Browsers send `Origin` on every cross-origin request and preflight; command
 * line clients and SDKs send none. AWS serves these APIs to signed requests only, never to pages.
 */
export function controlAccessRefusal(req: IncomingMessage, tls: boolean): string | undefined {
  const host = req.headers.host ?? '';
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':', 1)[0]!;
  if (!LOOPBACK_NAMES.has(name.toLowerCase())) return `Control endpoints answer on ${[...LOOPBACK_NAMES].join(', ')} only.`;
  if (req.method === 'OPTIONS') return 'Control endpoints answer no cross-origin requests.';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${tls ? 'https' : 'http'}://${host}`) return 'Control endpoints answer no cross-origin requests.';
  return undefined;
}
