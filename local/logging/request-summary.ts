import type { DataSource } from '../datasources/types.ts';

/** What one GraphQL request did, kept after it finished (tests read it by request id). */
export interface RequestSummary {
  requestId: string;
  /** The source API (endpoint) that served it. */
  api: string;
  operationName: string | null;
  statusCode: number;
  /** ISO time the request started. */
  startTime: string;
  durationMs: number;
  /** Data-source invocations by data source type. */
  dataSourceCalls: Record<DataSource['type'], number>;
  /** Every DynamoDB API request the resolvers' data sources sent, in order. */
  dynamoDbRequests: { operation: string; tables: string[] }[];
  /** Entries of the response's `errors`. */
  errorCount: number;
  /** With `traceResolvers` (the local console): the operation as sent, and each resolver that ran, in the order each started. */
  trace?: { operation: string; resolvers: ResolverTrace[] };
}

export interface ResolverTrace {
  /** `Query.shopBySlug`. */
  field: string;
  path: string;
  /** Milliseconds from the request's start. */
  startOffsetMs: number;
  durationMs: number;
  /** Its handlers and data-source calls (a pipeline's functions by name), in order. */
  steps: { step: string; handler: string; durationMs: number; error?: string }[];
  error?: string;
}
