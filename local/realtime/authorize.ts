import type { Caller } from '../graphql/executor.ts';
import type { PreparedRequest } from '../graphql/request.ts';
import { UnauthorizedRequest, type Authenticator } from '../http/authentication.ts';
import { denials } from '../auth/denials.ts';
import { denied, type RealtimeError } from './protocol.ts';

export type Authorization = { ok: true; caller: Caller } | { ok: false; error: RealtimeError };

/**
 * Authorizes a handshake or a `start` with the endpoint's own authenticator, as the HTTP endpoint
 * would authorize `POST <path>` with that body. Handshakes sign `POST <endpoint>/connect` with body
 * `{}`; a `start` signs `POST <endpoint>` with its `data` string as body
 * (https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html), so an IAM
 * caller's policy is checked against the subscription field it asks for, read from the request the
 * executor prepared.
 */
export async function authorize(
  authenticator: Authenticator,
  headers: Record<string, string> | undefined,
  request: { path: string; body: string; graphql?: PreparedRequest; sourceIp?: string },
  refusal: 'connection' | 'start',
): Promise<Authorization> {
  try {
    if (!headers) throw denials.noCredentials();
    const caller = await authenticator.authenticate({ headers, method: 'POST', ...request });
    return { ok: true, caller };
  } catch (e) {
    if (!(e instanceof UnauthorizedRequest)) throw e;
    return { ok: false, error: denied(e, refusal) };
  }
}
