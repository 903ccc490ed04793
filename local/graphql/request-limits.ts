import { Kind, type DocumentNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { EXECUTION_TIMED_OUT, REQUEST_TIME_LIMIT_MS } from '../appsync-js/isolation/isolated-sandbox.ts';
import { FieldError } from './resolver-runner.ts';

/**
 * What one request may use: AppSync's API settings `queryDepthLimit` and `resolverCountLimit`
 * (appsync/latest/devguide/configuration-limits.html; 0 or absent means no depth limit and
 * 10,000 resolvers), and its 30-second execution limit.
 */
export interface RequestLimits {
  queryDepth?: number;
  resolverCount?: number;
  timeMs?: number;
}

/** AppSync runs at most 10,000 resolvers per request whatever the setting. */
const MAX_RESOLVERS = 10_000;

/**
 * Variable values nested deeper than this are refused before anything runs: no schema here needs
 * a tenth of it, and deeper input would exhaust the stack of whatever walks it. AppSync documents
 * no such limit; the number and the message are the runtime's own.
 */
export const MAX_VARIABLE_NESTING = 100;

/**
 * Root `__schema` and `__type` selections one request may make. Introspection fields are
 * graphql-js's own, outside the depth and resolver limits, and each answers with the whole schema:
 * a thousand aliases in a 20 KB body made a 17 MB answer. Tools select one. AppSync documents no
 * such limit; the number and the message are the runtime's own.
 */
export const MAX_INTROSPECTION_FIELDS = 10;

const introspectionFields = new WeakMap<OperationDefinitionNode, number>();

/** Counted once per operation: documents are cached, so an operation node recurs across requests. */
export function introspectionFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  let count = introspectionFields.get(operation);
  if (count === undefined) introspectionFields.set(operation, (count = countIntrospectionFields(document, operation)));
  return count;
}

function countIntrospectionFields(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((n, selection) => {
      if (selection.kind === Kind.FIELD) return n + (selection.name.value === '__schema' || selection.name.value === '__type' ? 1 : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return n + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return n;
      seen.add(fragment.name.value);
      return n + count(fragment.selectionSet);
    }, 0);
  return count(operation.selectionSet);
}

/** How deep a field is in the operation: list indices do not count, the root fields are 1. */
export function fieldDepth(info: GraphQLResolveInfo): number {
  let depth = 0;
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) if (typeof p.key === 'string') depth += 1;
  return depth;
}

/**
 * A field past the depth limit fails with `QueryDepthLimitReached`, and a resolver past the
 * count limit with `ResolverExecutionLimitReached` without running, as the documentation says;
 * the messages are reconstructed (AppSync's texts are not published).
 */
export function depthLimitError(limit: number): FieldError {
  return new FieldError(`The query exceeds the maximum depth of ${limit}.`, 'QueryDepthLimitReached');
}

export function resolverLimitError(limit: number | undefined): FieldError {
  return new FieldError(`The request exceeds the maximum of ${effectiveResolverLimit(limit)} resolvers.`, 'ResolverExecutionLimitReached');
}

export const effectiveResolverLimit = (limit: number | undefined) => (limit && limit > 0 ? Math.min(limit, MAX_RESOLVERS) : MAX_RESOLVERS);

/** Whether a JSON value nests deeper than `max` objects or arrays, found without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The end of a request's time. Data-source calls race it; one timer per request, made on the
 * first race and cleared when the request ends.
 */
export class RequestDeadline {
  readonly at: number;
  private expiry: Promise<never> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(timeMs = REQUEST_TIME_LIMIT_MS) {
    this.at = Date.now() + timeMs;
  }

  race<T>(work: Promise<T> | T): Promise<T> {
    this.expiry ??= new Promise<never>((_, reject) => {
      this.timer = setTimeout(() => reject(new FieldError(EXECUTION_TIMED_OUT, 'ExecutionTimeout')), Math.max(0, this.at - Date.now()));
    });
    // Nobody may be listening when it fires after the request is over.
    this.expiry.catch(() => {});
    return Promise.race([work, this.expiry]);
  }

  end(): void {
    clearTimeout(this.timer);
  }
}
