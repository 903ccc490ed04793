// How the server learns who calls: the contract a GraphQL endpoint's authenticator fulfils
// (local/auth implements it; the real-time handshake and `start` use it too).
import type { Caller } from '../graphql/executor.ts';
import type { PreparedRequest } from '../graphql/request.ts';

export interface AuthenticationRequest {
  headers: Record<string, string>;
  method: string;
  path: string;
  /** The body as received: a SigV4 signature covers it. */
  body: string;
  /** The GraphQL request the body holds, as the endpoint's executor prepared it; none for a real-time handshake. */
  graphql?: PreparedRequest;
  /** The client's address, for `ctx.identity.sourceIp`. */
  sourceIp?: string;
}

/** Establishes the caller from a request's headers, or throws UnauthorizedRequest. */
export interface Authenticator {
  authenticate(request: AuthenticationRequest): Promise<Caller>;
}

/**
 * A request-level authorization failure: nothing is executed. AppSync answers HTTP 401 with
 * UnauthorizedException for bad keys and tokens, and 403 with the SigV4 error types for bad
 * signatures (the texts are local/auth/denials.ts). `reason` says which check failed, for the
 * server's log only: the client gets no more than AppSync tells it.
 */
export class UnauthorizedRequest extends Error {
  constructor(
    message: string,
    readonly errorType = 'UnauthorizedException',
    readonly status = 401,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'UnauthorizedRequest';
  }
}
