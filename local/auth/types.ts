import type { Caller } from '../graphql/executor.ts';

/**
 * A request-level authorization failure: nothing is executed. AppSync answers HTTP 401 with
 * UnauthorizedException for bad keys and tokens, and 403 with the SigV4 error types for bad signatures.
 */
export class UnauthorizedRequest extends Error {
  constructor(
    message: string,
    readonly errorType = 'UnauthorizedException',
    readonly status = 401,
  ) {
    super(message);
    this.name = 'UnauthorizedRequest';
  }
}

export interface AuthenticationRequest {
  headers: Record<string, string>;
  method: string;
  path: string;
  body: string;
  /** The client's address, for `ctx.identity.sourceIp`. */
  sourceIp?: string;
}

/** Establishes the caller from a request's headers, or throws UnauthorizedRequest. */
export interface Authenticator {
  authenticate(request: AuthenticationRequest): Promise<Caller>;
}
