import { AsyncLocalStorage } from 'node:async_hooks';
import type { Writable } from 'node:stream';
import { isPipeline, type SourceApiDeclaration } from '../../model/declaration.ts';
import type { DataSource } from '../datasources/types.ts';
import type { FieldObserver, ResolvedField } from '../graphql/executor.ts';
import type { GraphQLRequestBody, GraphQLResponse } from '../graphql/request.ts';
import { executionSummaryEntry, fieldEntries, handlerLogEntries, requestSummaryEntry, type ApiIdentity, type LogEntry } from './entries.ts';
import { logsAtLeast, type FieldLogLevel } from './levels.ts';
import type { RequestSummary, ResolverTrace } from './request-summary.ts';
import { jsonLinesSink, terminalSink, type LogSink } from './sinks.ts';

export type { RequestSummary };

export interface RequestLogOptions {
  /** AppSync's fieldLogLevel (default NONE: nothing is written). */
  level?: FieldLogLevel;
  /** Readable lines (default: none). */
  terminal?: Writable;
  /** JSON lines, one AppSync-shaped entry each: a stream, or a file appended to. */
  json?: Writable | string;
  /** AppSync's excludeVerboseContent: leave out context and evaluated handler output. */
  excludeVerboseContent?: boolean;
  region?: string;
  accountId?: string;
  /** How many finished requests' summaries are kept for `get` (default 1000). */
  keep?: number;
  /** Keep each request's resolvers and timings in its summary (`trace`), whatever the level: the local console shows them. */
  traceResolvers?: boolean;
}

/** What the HTTP server asks of request logging for each GraphQL request. */
export interface RequestObserver {
  begin(requestId: string, request: GraphQLRequestBody | undefined): RequestObservation;
}

export interface RequestObservation {
  /** For the executor's RequestContext; undefined when nothing is written (level NONE). */
  readonly fieldObserver: FieldObserver | undefined;
  /** `refusal`: why the request was refused before execution, for the log only (UnauthorizedRequest's `reason`). */
  end(statusCode: number, response?: GraphQLResponse, refusal?: string): void;
}

/** One request from begin to end; then its summary is kept for `get`. */
class InFlight implements RequestObservation, FieldObserver {
  readonly summary: RequestSummary;
  /** Date.now() at the start; the ISO text is made only when needed. */
  readonly startedAtMs = Date.now();
  readonly started = performance.now();
  readonly fieldObserver: FieldObserver | undefined;
  fields: ResolvedField[] = [];

  constructor(
    private readonly ended: (record: InFlight, statusCode: number, response: GraphQLResponse | undefined, refusal?: string) => void,
    readonly api: ApiIdentity,
    readonly pipelines: ReadonlySet<string>,
    requestId: string,
    public body: GraphQLRequestBody | undefined,
    readonly logging: boolean,
    tracing: boolean,
  ) {
    this.summary = {
      requestId,
      api: api.apiId,
      operationName: body?.operationName ?? null,
      statusCode: 0,
      startTime: '',
      durationMs: 0,
      dataSourceCalls: { NONE: 0, AMAZON_DYNAMODB: 0, AWS_LAMBDA: 0 },
      dynamoDbRequests: [],
      errorCount: 0,
    };
    this.fieldObserver = logging || tracing ? this : undefined;
  }

  resolved(field: ResolvedField) {
    this.fields.push(field);
  }

  end(statusCode: number, response?: GraphQLResponse, refusal?: string) {
    this.ended(this, statusCode, response, refusal);
  }
}

/**
 * Field-level request logs like AppSync's CloudWatch logs, at AppSync's levels:
 * - NONE: nothing written;
 * - ERROR: requests with errors: their summary, the errors, and for each field in error its
 *   evaluated handlers (RequestMapping/ResponseMapping with context) and console output;
 * - INFO, DEBUG: every request's summary, and every field's console output besides;
 * - ALL: every field's evaluated handlers and Tracing entries besides.
 * Whatever the level, each request's summary (data-source calls, DynamoDB requests) is kept for
 * `get(requestId)`, the id being the response's `x-amzn-requestid`.
 */
export class RequestLog {
  readonly level: FieldLogLevel;
  private readonly sinks: LogSink[] = [];
  private readonly inFlight = new Map<string, InFlight>();
  /** Finished requests' summaries, oldest first (a Map keeps insertion order). */
  private readonly finished = new Map<string, InFlight>();
  private readonly keep: number;
  private readonly dynamoDbCaller = new AsyncLocalStorage<InFlight>();

  constructor(private readonly options: RequestLogOptions = {}) {
    this.level = options.level ?? 'NONE';
    this.keep = options.keep ?? 1000;
    if (this.level !== 'NONE') {
      if (options.terminal) this.sinks.push(terminalSink(options.terminal));
      if (options.json) this.sinks.push(jsonLinesSink(options.json));
    }
  }

  /** The summaries of the most recent finished requests, newest first. */
  recent(limit: number): RequestSummary[] {
    return [...this.finished.values()].slice(-limit).reverse().map(summaryOf);
  }

  /** The summary of a finished request, by its request id. */
  get(requestId: string): RequestSummary | undefined {
    const record = this.finished.get(requestId);
    return record && summaryOf(record);
  }

  /** The observer of one source API's endpoint. */
  forApi(apiId: string, pipelineResolvers: ReadonlySet<string> = new Set()): RequestObserver {
    const api: ApiIdentity = { apiId, region: this.options.region ?? 'us-east-1', accountId: this.options.accountId ?? '000000000000' };
    return { begin: (requestId, body) => this.begin(api, pipelineResolvers, requestId, body) };
  }

  /** Wraps a data source so its invocations (and the DynamoDB requests they make) count for their request. */
  observe(dataSource: DataSource): DataSource {
    const inFlight = this.inFlight;
    const caller = this.dynamoDbCaller;
    const observed: DataSource = {
      name: dataSource.name,
      type: dataSource.type,
      invoke(request, info) {
        const record = inFlight.get(info.requestId);
        if (!record) return dataSource.invoke(request, info);
        record.summary.dataSourceCalls[dataSource.type] += 1;
        return dataSource.type === 'AMAZON_DYNAMODB'
          ? caller.run(record, () => dataSource.invoke(request, info))
          : dataSource.invoke(request, info);
      },
    };
    if (dataSource.close) observed.close = () => dataSource.close!();
    return observed;
  }

  /** To be told of every DynamoDB request a data source sends (the runtime's onDynamoDbRequest). */
  readonly dynamoDbRequest = (call: { operation: string; tables: string[] }) => {
    this.dynamoDbCaller.getStore()?.summary.dynamoDbRequests.push({ operation: call.operation, tables: [...call.tables] });
  };

  async close(): Promise<void> {
    await Promise.all(this.sinks.map((s) => s.close?.()));
  }

  private begin(
    api: ApiIdentity,
    pipelines: ReadonlySet<string>,
    requestId: string,
    body: GraphQLRequestBody | undefined,
  ): RequestObservation {
    const logging = this.level !== 'NONE' && this.sinks.length > 0;
    const record = new InFlight(this.ended, api, pipelines, requestId, body, logging, this.options.traceResolvers ?? false);
    this.inFlight.set(requestId, record);
    return record;
  }

  private readonly ended = (record: InFlight, statusCode: number, response: GraphQLResponse | undefined, refusal?: string) => {
    const { requestId } = record.summary;
    this.inFlight.delete(requestId);
    record.summary.statusCode = statusCode;
    record.summary.durationMs = performance.now() - record.started;
    record.summary.errorCount = response?.errors?.length ?? 0;
    this.finished.set(requestId, record);
    if (this.finished.size > this.keep) this.finished.delete(this.finished.keys().next().value!);
    if (record.fieldObserver && this.options.traceResolvers) record.summary.trace = traceOf(record);
    if (record.logging) this.write(record, response, refusal);
    // Kept for `get` only: what the logs needed goes.
    record.fields = [];
    record.body = undefined;
  };

  private write(record: InFlight, response: GraphQLResponse | undefined, refusal: string | undefined) {
    const { api, pipelines } = record;
    const errors = response?.errors ?? [];
    if (this.level === 'ERROR' && record.summary.statusCode === 200 && errors.length === 0) return;
    const summary = summaryOf(record);
    const fieldsInError = new Set(errors.filter((e) => e.path).map((e) => e.path!.join('/')));

    const entries: LogEntry[] = [];
    for (const field of record.fields) {
      const key = field.path.join('/');
      const inError = field.error !== undefined || field.appendedErrors.length > 0 || fieldsInError.has(key);
      if (logsAtLeast(this.level, 'ALL') || inError) {
        entries.push(
          ...fieldEntries({
            api,
            requestId: summary.requestId,
            field,
            steps: field.steps,
            pipeline: pipelines.has(`${field.parentType}.${field.fieldName}`),
            startOffsetMs: field.startedAt - record.started,
            fieldInError: inError,
            excludeVerboseContent: this.options.excludeVerboseContent ?? false,
          }).filter((e) => e.logType !== 'Tracing' || logsAtLeast(this.level, 'ALL')),
        );
      }
      if (logsAtLeast(this.level, 'INFO') || inError) entries.push(...handlerLogEntries(api, summary.requestId, field));
    }
    entries.push(
      requestSummaryEntry(api, summary.requestId, summary.statusCode, summary.durationMs),
      executionSummaryEntry(api, summary.requestId, new Date(summary.startTime), summary.durationMs),
    );
    const logged = {
      summary,
      operation: operationLabel(record.body),
      entries,
      errors: errors.map((e) => ({ message: e.message, errorType: e.errorType ?? null, path: e.path ?? null })),
      refusal,
    };
    for (const sink of this.sinks) sink.write(logged);
  }
}

/** `Type.field` of a source API's pipeline resolvers: their own handlers log as BeforeMapping / AfterMapping. */
export const pipelineResolversOf = (source: SourceApiDeclaration): Set<string> =>
  new Set(source.resolvers.filter(isPipeline).map((r) => `${r.typeName}.${r.fieldName}`));

function summaryOf(record: InFlight): RequestSummary {
  if (!record.summary.startTime) record.summary.startTime = new Date(record.startedAtMs).toISOString();
  return record.summary;
}

function traceOf(record: InFlight): RequestSummary['trace'] {
  const message = (error: unknown) => (error === undefined ? undefined : String((error as Error)?.message ?? error));
  const resolvers: ResolverTrace[] = record.fields
    .map((field) => ({
      field: `${field.parentType}.${field.fieldName}`,
      path: field.path.join('.'),
      startOffsetMs: field.startedAt - record.started,
      durationMs: field.durationMs,
      steps: field.steps.map((s) => ({ step: s.step, handler: s.handler, durationMs: s.durationMs, error: message(s.error) })),
      error: message(field.error),
    }))
    .sort((a, b) => a.startOffsetMs - b.startOffsetMs);
  return { operation: record.body?.query ?? '', resolvers };
}

function operationLabel(body: GraphQLRequestBody | undefined): string {
  if (!body) return '(no GraphQL request)';
  const text = body.query.replace(/\s+/g, ' ').trim();
  const label = body.operationName ? `${body.operationName}: ${text}` : text;
  return label.length > 80 ? `${label.slice(0, 80)}…` : label;
}
