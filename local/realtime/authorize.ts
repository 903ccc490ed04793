import type { Caller } from '../graphql/executor.ts';
import { UnauthorizedRequest, type Authenticator } from '../auth/types.ts';
import { denials } from '../auth/denials.ts';
import type { RealtimeError } from './protocol.ts';

export type Authorization = { ok: true; caller: Caller } | { ok: false; error: RealtimeError };

/**
 * Authorizes a handshake or a `start` with the endpoint's own authenticator, as the HTTP endpoint
 * would authorize `POST <path>` with that body. Handshakes sign `POST <endpoint>/connect` with body
 * `{}`; a `start` signs `POST <endpoint>` with its `data` string as body
 * (https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html, "IAM"), so an
 * IAM caller's policy is checked against the subscription field it asks for.
 */
export async function authorize(
  authenticator: Authenticator,
  headers: Record<string, string> | undefined,
  request: { path: string; body: string; sourceIp?: string },
  refusal: 'connection' | 'start',
): Promise<Authorization> {
  try {
    if (!headers) throw denials.noCredentials();
    const caller = await authenticator.authenticate({ headers, method: 'POST', path: request.path, body: request.body, sourceIp: request.sourceIp });
    return { ok: true, caller };
  } catch (e) {
    if (!(e instanceof UnauthorizedRequest)) throw e;
    return { ok: false, error: realtimeDenial(e, refusal) };
  }
}

/**
 * A refusal in the real-time protocol's words. Bad keys and tokens: UnauthorizedException with
 * errorCode 401 on `connection_error` (aws-amplify/amplify-flutter#2763). A bad SigV4 signature:
 * BadRequestException with the signature message (awslabs/aws-mobile-appsync-sdk-js#619,
 * aws-amplify/amplify-js#14001); its errorCode 400 is an assumption. `start` errors carry no errorCode.
 */
function realtimeDenial(e: UnauthorizedRequest, refusal: 'connection' | 'start'): RealtimeError {
  const badSignature = e.status === 403;
  const errorType = badSignature ? 'BadRequestException' : e.errorType;
  if (refusal === 'start') return { errorType, message: e.message };
  return { errorType, message: e.message, errorCode: badSignature ? 400 : 401 };
}
