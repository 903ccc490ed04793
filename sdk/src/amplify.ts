import type { OperationDocument, VariablesArgument } from './document.js';
import type { ApiError } from './errors.js';
import type { Result } from './result.js';

/**
 * What the helpers need of Amplify v6's `generateClient()` (aws-amplify/api); the SDK does not
 * depend on Amplify. `query` is loosely typed because Amplify declares it with its own copy of
 * graphql's `DocumentNode`, which TypeScript will not equate with the application's.
 */
export interface AmplifyGraphqlClient {
  graphql(options: { query: unknown; variables?: object }): unknown;
}

type Answer<TData> = { data?: TData | null; errors?: unknown[] };

/**
 * A query or mutation through Amplify, typed by the document: Amplify infers types only from its
 * own branded strings. Amplify rejects with the answer when it has errors; this gives it back as
 * the SDK's `{ data, errors }`.
 */
export async function amplifyGraphql<TData, TVariables, TErrorType extends string = never>(
  client: AmplifyGraphqlClient,
  document: OperationDocument<TData, TVariables, TErrorType>,
  ...[variables]: VariablesArgument<NoInfer<TVariables>>
): Promise<Result<TData, ApiError<TErrorType>>> {
  const answer = (await Promise.resolve(client.graphql({ query: document, variables: variables ?? {} })).catch((failure: unknown) => {
    if (failure && typeof failure === 'object' && 'errors' in failure) return failure;
    throw failure;
  })) as Answer<TData>;
  return { data: answer.data ?? null, errors: (answer.errors ?? []) as ApiError<TErrorType>[] };
}

/** What a subscriber gets: each event's data, typed, or the subscription's failure. */
export interface AmplifySubscriptionObserver<TData> {
  next: (data: TData) => void;
  error?: (error: unknown) => void;
}

/** A subscription through Amplify's own realtime client, typed by the document. */
export function amplifySubscribe<TData, TVariables, TErrorType extends string = never>(
  client: AmplifyGraphqlClient,
  document: OperationDocument<TData, TVariables, TErrorType>,
  ...[variables]: VariablesArgument<NoInfer<TVariables>>
): { subscribe(observer: AmplifySubscriptionObserver<TData>): { unsubscribe(): void } } {
  const events = client.graphql({ query: document, variables: variables ?? {} }) as {
    subscribe(observer: { next: (event: { data: TData }) => void; error?: (error: unknown) => void }): { unsubscribe(): void };
  };
  return { subscribe: ({ next, error }) => events.subscribe({ next: (event) => next(event.data), error }) };
}
