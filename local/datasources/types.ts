/** What a data source hands back to the response handler: `ctx.result` and `ctx.error`. */
export interface DataSourceOutcome {
  result?: unknown;
  /** Lambda data sources add the function's own error type as `unhandledErrorType` (aws/aws-appsync-community#386). */
  error?: { message: string; type: string; unhandledErrorType?: string | null };
}

/** Plain data of a field's `ctx`: what a direct Lambda resolver receives, and what the sandbox's `ctx` is made of. */
export interface FieldContext {
  arguments: Record<string, unknown>;
  identity: unknown;
  source: unknown;
  request: unknown;
  info: { fieldName: string; parentTypeName: string; variables: unknown; selectionSetList: string[]; selectionSetGraphQL: string };
  env?: Record<string, string>;
}

/** Facts about the call that some data sources need (Lambda's direct-resolver event, logs). */
export interface InvocationInfo {
  requestId: string;
  fieldPath: string;
  /** The field's place among the request's fields in the order they started: a Lambda batch keeps it. */
  order?: number;
  /**
   * Where a Lambda `BatchInvoke` may gather this payload: with the others of the same key (one
   * field's resolver or pipeline function within one request), up to `maxBatchSize` per invocation.
   */
  batch?: { key: string; maxBatchSize?: number };
  /**
   * Resolves when no handler of this request is being evaluated: siblings whose request handlers
   * are still running in the sandbox may yet join a batch.
   */
  handlersSettled?: () => Promise<void>;
}

export interface DataSource {
  readonly name: string;
  readonly type: 'NONE' | 'AMAZON_DYNAMODB' | 'AWS_LAMBDA';
  /** Runs the request object a handler returned, as the AppSync data source would. */
  invoke(request: unknown, info: InvocationInfo): Promise<DataSourceOutcome> | DataSourceOutcome;
  /** Releases what the data source holds (workers, connections) when the API is reloaded or stopped. */
  close?(): Promise<void>;
}
