import type { Util } from '@aws-appsync/utils';

type HttpUtils = Util['http'];
import type { EvaluationScope } from '../scope.ts';

/** Hop-by-hop and framing headers that `copyHeaders` never forwards. */
const NOT_FORWARDED = new Set([
  'transfer-encoding',
  'connection',
  'host',
  'expect',
  'keep-alive',
  'upgrade',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'content-length',
]);

/** Headers AppSync itself sets on its responses, which resolvers cannot override. */
const NOT_SETTABLE = new Set([
  ...NOT_FORWARDED,
  'access-control-allow-credentials',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-max-age',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'vary',
  'content-type',
]);

const RESTRICTED_PREFIXES = ['x-amzn-', 'x-amz-'];
export const RESPONSE_HEADERS_MAX_BYTES = 4096;

/** Bytes of every header set during one operation, overwritten ones included; keyed by that operation's header map. */
const bytesUsed = new WeakMap<Record<string, string>, number>();

/** The count travels with a copy of the map (the sandbox process works on one). */
export const responseHeaderBytes = {
  of: (headers: Record<string, string>): number => bytesUsed.get(headers) ?? 0,
  set: (headers: Record<string, string>, bytes: number): void => void bytesUsed.set(headers, bytes),
};

const headerValue = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function refusal(name: unknown, value: unknown, used: number): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return 'Response header name must not be empty.';
  const lower = name.toLowerCase();
  if (NOT_SETTABLE.has(lower)) return `Response header '${name}' is restricted and cannot be set.`;
  if (RESTRICTED_PREFIXES.some((p) => lower.startsWith(p))) {
    return `Response header '${name}' uses a restricted prefix (x-amz-, x-amzn-) and cannot be set.`;
  }
  if (value === null || value === undefined) return `Response header '${name}' must not have a null value.`;
  const size = Buffer.byteLength(name) + Buffer.byteLength(headerValue(value));
  if (used + size > RESPONSE_HEADERS_MAX_BYTES) {
    return `Response header '${name}' exceeds the ${RESPONSE_HEADERS_MAX_BYTES} bytes allowed for custom response headers.`;
  }
  return undefined;
}

/**
 * `util.http`. A header AppSync refuses is dropped and reported as a ResponseHeaderError in the
 * operation's errors, not thrown: the resolver carries on.
 */
export function createHttp(scope: () => EvaluationScope) {
  function addResponseHeader(name: string, value: unknown): void {
    const current = scope();
    const headers = current.responseHeaders;
    const used = bytesUsed.get(headers) ?? 0;
    const reason = refusal(name, value, used);
    if (reason) {
      current.appendedErrors.push({ message: reason, errorType: 'ResponseHeaderError', data: null, errorInfo: null });
      return;
    }
    const text = headerValue(value);
    bytesUsed.set(headers, used + Buffer.byteLength(name) + Buffer.byteLength(text));
    headers[name] = text;
  }
  return {
    copyHeaders<T extends object>(headers: T): unknown {
      if (headers === null || headers === undefined) return headers;
      return Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_FORWARDED.has(name.toLowerCase())));
    },
    addResponseHeader,
    addResponseHeaders(headers: Record<string, unknown>): void {
      for (const [name, value] of Object.entries(headers ?? {})) addResponseHeader(name, value);
    },
  } satisfies HttpUtils;
}
