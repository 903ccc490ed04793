import type { ApiError } from './errors.js';

/**
 * One answer of the API: `data` is null when the request failed as a whole, partial beside field
 * errors otherwise. `TError` is the operation's typed errors when the document says them.
 */
export type Result<TData, TError = ApiError> = { data: TData | null; errors: TError[] };
