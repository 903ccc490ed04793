import {
  GraphQLError,
  execute,
  getLocation,
  parse,
  defaultFieldResolver,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { newScope, type AuthMode, type EvaluationScope } from '../appsync-js/scope.ts';
import type { IsolatedSandbox } from '../appsync-js/isolation/isolated-sandbox.ts';
import {
  MAX_INTROSPECTION_FIELDS,
  MAX_VARIABLE_NESTING,
  RequestDeadline,
  introspectionFieldCount,
  depthLimitError,
  effectiveResolverLimit,
  fieldDepth,
  nestsDeeperThan,
  resolverLimitError,
  type RequestLimits,
} from './request-limits.ts';
import { HandlersInFlight, runResolver, type ResolverPlan, type StepTrace } from './resolver-runner.ts';
import { filterBySelection, selectionInfo } from './selection.ts';
import { DocumentCache } from './document-cache.ts';
import {
  FieldError,
  appSyncValidationErrors,
  executionErrorJson,
  fieldErrorJson,
  formatLocations,
  notAuthorized,
  syntaxErrorResponse,
  tooMuchIntrospection,
  variablesTooDeep,
  type AppSyncErrorJson,
} from './errors.ts';
import { coerceVariablesLikeAppSync, variableErrorsResponse } from './variable-coercion.ts';
import {
  prepareRequest,
  rejectionResponse,
  type GraphQLRequestBody,
  type GraphQLResponse,
  type PreparedDocument,
  type PreparedRequest,
  type RunnableRequest,
  type Transport,
} from './request.ts';
import { MAX_FIELDS, chargeField, chargeIntrospectionFields } from './field-budget.ts';

/** The caller, as established by request-level authorization. */
export interface Caller {
  authMode: AuthMode;
  /** `ctx.identity` in AppSync's shape for the mode (null for API key). */
  identity: Record<string, unknown> | null;
}

/** Field-level authorization: returns false to deny the field (AppSync's Unauthorized). */
export type FieldAuthorizer = (typeName: string, fieldName: string, caller: Caller) => boolean;

export interface RequestContext {
  caller: Caller;
  headers: Record<string, string>;
  requestId?: string;
  /** Response headers set by util.http.addResponseHeader(s). */
  responseHeaders?: Record<string, string>;
  /** Told of each field with a resolver when it has resolved or failed, with its steps (request logs, local/logging). */
  fieldObserver?: FieldObserver;
  /** Run no resolver: every field resolves from the root value (a subscription event's delivery). */
  resolveFromRoot?: boolean;
  /** Real-time wiring (local/realtime). */
  realtime?: RealtimeObserver;
}

/** What the real-time layer observes of an execution: resolver scopes (filters, invalidations) and finished operations. */
export interface RealtimeObserver {
  onScope?(typeName: string, fieldName: string, scope: EvaluationScope): void;
  onExecuted?(executed: { request: RunnableRequest; response: GraphQLResponse }): void;
}

export interface FieldObserver {
  resolved(field: ResolvedField): void;
}

/** One field's resolution as request logs report it. */
export interface ResolvedField {
  path: (string | number)[];
  parentType: string;
  fieldName: string;
  returnType: string;
  arguments: Record<string, unknown>;
  source: unknown;
  /** performance.now() when the resolver started. */
  startedAt: number;
  durationMs: number;
  /** What failed the field, if anything. */
  error?: unknown;
  logs: string[];
  appendedErrors: EvaluationScope['appendedErrors'];
  /** Its handlers and data-source calls, in order. */
  steps: StepTrace[];
}

export interface ExecutorOptions {
  schema: GraphQLSchema;
  sandbox: IsolatedSandbox;
  resolvers: Map<string, ResolverPlan>;
  env: Record<string, string>;
  authorizeField?: FieldAuthorizer;
  domainName?: string;
  /** Depth, resolver count and time a request may use (local/graphql/request-limits.ts). */
  limits?: RequestLimits;
}

interface SharedCtxJson {
  identity: string;
  request: string;
  variables: string;
  env: string;
}

interface ExecutionState {
  ctxJson?: SharedCtxJson;
  deadline: RequestDeadline;
  handlers: HandlersInFlight;
  /** Resolvers started so far. */
  resolvers: number;
  /** Fields it may still resolve, and the error once none are left (field-budget.ts). */
  fieldsLeft: number;
  exhausted?: GraphQLError;
  request: RequestContext;
  requestId: string;
  appended: AppSyncErrorJson[];
  variables: Record<string, unknown>;
}

/**
 * Executes GraphQL requests the way AppSync does: documents are parsed and validated once,
 * each field with a resolver runs its APPSYNC_JS handlers in the sandbox, and the response
 * carries AppSync's error shapes.
 */
export class Executor {
  private envJson: string | undefined;
  private readonly documents = new DocumentCache<PreparedDocument>(2000);

  constructor(private readonly options: ExecutorOptions) {
    chargeIntrospectionFields();
  }

  get schema(): GraphQLSchema {
    return this.options.schema;
  }

  /**
   * Parses and validates a document (cached per distinct query text). A document that parses keeps
   * its document beside its validation errors: request-level authorization reads its root fields.
   */
  prepare(query: string): PreparedDocument {
    return this.documents.getOrCreate(query, () => {
      let document: DocumentNode;
      try {
        document = parse(query);
      } catch (e) {
        return { response: syntaxErrorResponse(e as GraphQLError) };
      }
      // graphql-java's rules, not graphql-js's: the two accept different documents.
      const errors = appSyncValidationErrors(this.options.schema, document);
      if (errors.length) return { document, response: { data: null, errors } };
      return { document };
    });
  }

  /** A request as this executor runs it: parsed and validated once, its operation chosen for the transport. */
  prepareRequest(body: GraphQLRequestBody, transport: Transport): PreparedRequest {
    return prepareRequest(body, this.prepare(body.query), transport);
  }

  async execute(prepared: PreparedRequest, request: RequestContext, rootValue: unknown = {}): Promise<GraphQLResponse> {
    if (prepared.refusal) return prepared.refusal;
    const { body, document, operation } = prepared;
    const refused = nestsDeeperThan(body.variables, MAX_VARIABLE_NESTING)
      ? variablesTooDeep(MAX_VARIABLE_NESTING)
      : introspectionFieldCount(prepared.rootFields) > MAX_INTROSPECTION_FIELDS
        ? tooMuchIntrospection(MAX_INTROSPECTION_FIELDS)
        : undefined;
    if (refused) return rejectionResponse(refused);
    const variables = coerceVariablesLikeAppSync(this.options.schema, operation, body.variables);
    if ('error' in variables) return { data: null, errors: [variables.error] };
    const state: ExecutionState = {
      deadline: new RequestDeadline(this.options.limits?.timeMs),
      handlers: new HandlersInFlight(),
      resolvers: 0,
      fieldsLeft: MAX_FIELDS,
      request,
      requestId: request.requestId ?? randomUUID(),
      appended: [],
      variables: body.variables ?? {},
    };
    let result;
    try {
      result = await execute({
        schema: this.options.schema,
        document,
        rootValue,
        contextValue: state,
        variableValues: variables.coerced,
        operationName: body.operationName ?? undefined,
        fieldResolver: this.fieldResolver,
      });
    } finally {
      state.deadline.end();
    }
    if (!('data' in result) || result.data === undefined) {
      return variableErrorsResponse(result.errors ?? [], this.options.schema, document, body.variables, body.operationName);
    }
    // The exhausted field budget is one error, however many fields it stopped.
    const errors = [...new Set(result.errors ?? [])].map((e) => executionErrorJson(e, this.options.schema)).concat(state.appended);
    const response = errors.length ? { data: result.data, errors } : { data: result.data };
    request.realtime?.onExecuted?.({ request: prepared, response });
    return response;
  }

  private readonly fieldResolver: GraphQLFieldResolver<unknown, ExecutionState> = (source, args, state, info) => {
    chargeField(state, info);
    const key = `${info.parentType.name}.${info.fieldName}`;
    const depthLimit = this.options.limits?.queryDepth;
    if (depthLimit && fieldDepth(info) > depthLimit) throw depthLimitError(depthLimit);
    const authorize = this.options.authorizeField;
    if (authorize && !authorize(info.parentType.name, info.fieldName, state.request.caller))
      throw notAuthorized(info.fieldName, info.parentType.name);
    const plan = state.request.resolveFromRoot ? undefined : this.options.resolvers.get(key);
    if (!plan) return defaultFieldResolver(source, args, state, info);
    state.resolvers += 1;
    if (state.resolvers > effectiveResolverLimit(this.options.limits?.resolverCount))
      throw resolverLimitError(this.options.limits?.resolverCount);
    return this.resolve(plan, source, args, state, info);
  };

  private resolve(
    plan: ResolverPlan,
    source: unknown,
    args: Record<string, unknown>,
    state: ExecutionState,
    info: GraphQLResolveInfo,
  ): unknown {
    const field = new ResolvingField(state, info, args, source);
    const fieldPath = field.path.join('/');
    let result: unknown;
    try {
      const selection = selectionInfo(info);
      const shared = this.sharedCtxJson(state);
      result = runResolver(plan, {
        sandbox: this.options.sandbox,
        deadline: state.deadline,
        handlers: state.handlers,
        scope: field.scope,
        invocation: { requestId: state.requestId, fieldPath, order: state.handlers.nextOrder() },
        steps: field.steps,
        ctx: {
          arguments: args,
          identity: state.request.caller.identity,
          source: source ?? null,
          request: { headers: state.request.headers, domainName: this.options.domainName ?? null },
          info: {
            fieldName: info.fieldName,
            parentTypeName: info.parentType.name,
            variables: state.variables,
            selectionSetList: selection.list,
            selectionSetGraphQL: selection.graphql,
          },
          env: this.options.env,
        },
        ctxJson: {
          arguments: JSON.stringify(args),
          identity: shared.identity,
          source: source === undefined || source === null ? 'null' : JSON.stringify(source),
          request: shared.request,
          // GraphQL names need no escaping.
          info: `{"fieldName":"${info.fieldName}","parentTypeName":"${info.parentType.name}","variables":${shared.variables},${selection.json}}`,
          env: shared.env,
        },
      });
    } catch (e) {
      return field.fail(e);
    }
    if (result instanceof Promise)
      return result.then(
        (value) => field.finish(value),
        (e) => field.fail(e),
      );
    return field.finish(result);
  }

  /** The ctx members every field of a request shares, serialized once per request. */
  private sharedCtxJson(state: ExecutionState): SharedCtxJson {
    state.ctxJson ??= {
      identity: JSON.stringify(state.request.caller.identity ?? null),
      request: JSON.stringify({ headers: state.request.headers, domainName: this.options.domainName ?? null }),
      variables: JSON.stringify(state.variables),
      env: (this.envJson ??= JSON.stringify(this.options.env)),
    };
    return state.ctxJson;
  }
}

/**
 * A field with a resolver, from its start to its end: what it adds to the response's errors and
 * what it reports to request logs and the real-time layer.
 */
class ResolvingField {
  readonly scope: EvaluationScope;
  readonly path: (string | number)[];
  /** Recorded only for an observer. */
  readonly steps: StepTrace[] | undefined;
  private readonly startedAt: number;

  constructor(
    private readonly state: ExecutionState,
    private readonly info: GraphQLResolveInfo,
    private readonly args: Record<string, unknown>,
    private readonly source: unknown,
  ) {
    this.scope = newScope(state.request.caller.authMode, state.request.responseHeaders ?? {});
    this.path = pathOf(info);
    const observed = state.request.fieldObserver !== undefined;
    this.steps = observed ? [] : undefined;
    this.startedAt = observed ? performance.now() : 0;
  }

  finish(value: unknown): unknown {
    this.report();
    return value;
  }

  fail(e: unknown): never {
    const failure =
      e instanceof FieldError && e.data !== null
        ? new FieldError(e.message, e.errorType, filterBySelection(e.data, this.info), e.errorInfo)
        : e;
    this.report(failure);
    throw failure;
  }

  private report(failure?: unknown) {
    const { state, info, scope, path } = this;
    for (const appended of scope.appendedErrors) {
      const data = appended.data === undefined || appended.data === null ? null : filterBySelection(appended.data, info);
      const locations = formatLocations(info.fieldNodes.map((n) => n.loc && getLocation(n.loc.source, n.loc.start)));
      state.appended.push(fieldErrorJson(path, { ...appended, data }, locations));
    }
    state.request.fieldObserver?.resolved({
      path,
      parentType: info.parentType.name,
      fieldName: info.fieldName,
      returnType: String(info.returnType),
      arguments: this.args,
      source: this.source ?? null,
      startedAt: this.startedAt,
      durationMs: performance.now() - this.startedAt,
      error: failure,
      logs: scope.logs,
      appendedErrors: scope.appendedErrors,
      steps: this.steps!,
    });
    state.request.realtime?.onScope?.(info.parentType.name, info.fieldName, scope);
  }
}

function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) path.unshift(p.key);
  return path;
}
