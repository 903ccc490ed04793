import type { HttpResult } from '../support/runtime.ts';

/** What a caller gets from one operation, in the terms AppSync's responses allow. */
export type Outcome =
  /** Resolved: HTTP 200 and no Unauthorized error (other errors, e.g. a failed condition, may occur). */
  | 'allowed'
  /** HTTP 200 with these Unauthorized field errors: the fields are null, the resolvers never ran. */
  | { denied: string[] }
  /** Refused before execution. */
  | { refused: { status: number; errorType: string; message: string } };

export const allowed = 'allowed' as const;

export const denied = (...fields: [field: string, type: string][]): Outcome => ({
  denied: fields.map(([field, type]) => `Not Authorized to access ${field} on type ${type}`).sort(),
});

export const refused = (message: string, status = 401, errorType = 'UnauthorizedException'): Outcome => ({
  refused: { status, errorType, message },
});

export const NO_CREDENTIALS = refused('Valid authorization header not provided.');
export const PERMISSION_DENIED = refused('Permission denied');

/** Reads a response as an Outcome, so expectations compare whole outcomes. */
export function outcomeOf(response: HttpResult): Outcome {
  if (response.status !== 200) {
    const [error] = response.body?.errors ?? [];
    return { refused: { status: response.status, errorType: error?.errorType, message: error?.message } };
  }
  const unauthorized: string[] = (response.body.errors ?? [])
    .filter((e: { errorType?: string }) => e.errorType === 'Unauthorized')
    .map((e: { message: string }) => e.message);
  return unauthorized.length ? { denied: [...new Set(unauthorized)].sort() } : allowed;
}
