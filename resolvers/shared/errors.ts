import { util } from '@aws-appsync/utils';

/** The stable `errorType`s clients switch on; each schema lists the ones its fields raise. */
export const ERROR = {
  notFound: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  validation: 'VALIDATION',
  conflict: 'CONFLICT',
  slugTaken: 'SLUG_TAKEN',
  outOfStock: 'OUT_OF_STOCK',
  unavailable: 'UNAVAILABLE',
  streamNotLive: 'STREAM_NOT_LIVE',
  rateLimited: 'RATE_LIMITED',
  banned: 'BANNED',
} as const;

export function notFound(what: string, id: string): never {
  return util.error(`No ${what} with id ${id}.`, ERROR.notFound, null, { id });
}

export function conflict(message: string): never {
  return util.error(message, ERROR.conflict);
}

interface DataSourceError {
  message: string;
  type: string;
}

/** A failure no caller can act on: passed on as AppSync reports it. */
export function raiseUnexpected(error: DataSourceError | undefined | null): void {
  if (error) util.error(error.message, error.type);
}

/** A state machine (orders, the earnings ledger) refused a change. */
export const INVALID_TRANSITION = 'INVALID_TRANSITION';

/**
 * A state machine refused a change: `from` is the current state, `to` the state asked for;
 * `info` adds what else the change needed (the order's state, say). Nothing was written.
 */
export function invalidTransition(message: string, from: string | null, to: string, info: Record<string, unknown> = {}): never {
  return util.error(message, INVALID_TRANSITION, null, { ...info, from, to });
}
