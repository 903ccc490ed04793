import type { SourceLocation } from 'graphql';

/** One entry of a response's `errors`, with AppSync's keys in AppSync's order. */
export interface AppSyncErrorJson {
  path?: (string | number)[] | null;
  data?: unknown;
  errorType?: string | null;
  errorInfo?: unknown;
  locations?: { line: number; column: number; sourceName: null }[] | null;
  message: string;
}

export const formatLocations = (locations: readonly (SourceLocation | undefined)[] | undefined) =>
  locations?.filter((l): l is SourceLocation => !!l).map(({ line, column }) => ({ line, column, sourceName: null })) ?? null;
