import type { ApiError } from './errors.ts';

/** One answer of the API: `data` is null when the request failed as a whole, partial beside field errors otherwise. */
export type Result<TData> = { data: TData | null; errors: ApiError[] };
