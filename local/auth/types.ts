import type { Caller } from '../graphql/executor.ts';

/** A request-level authorization failure: HTTP 401 with AppSync's UnauthorizedException. */
export class UnauthorizedRequest extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnauthorizedRequest';
  }
}

/** Establishes the caller from a request's headers, or throws UnauthorizedRequest. */
export interface Authenticator {
  authenticate(request: { headers: Record<string, string>; method: string; path: string; body: string }): Promise<Caller>;
}
