import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** An error as AppSync reports it: clients switch on `errorType`, never on the message. */
export interface AppSyncError {
  message: string;
  errorType: string | null;
  errorInfo?: unknown;
  data?: unknown;
  path?: (string | number)[] | null;
  locations?: { line: number; column: number; sourceName?: string | null }[] | null;
}

export interface Result<TData> {
  /** Null when the request failed as a whole; otherwise partial data beside field errors. */
  data: TData | null;
  errors: AppSyncError[];
}

/** A request AppSync refused before running it: HTTP 400/401 (`MalformedHttpRequestException`, `UnauthorizedException`). */
export class RequestRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly errors: AppSyncError[],
  ) {
    super(errors.map((e) => `${e.errorType ?? 'Error'}: ${e.message}`).join('; ') || `HTTP ${status}`);
    this.name = 'RequestRefusedError';
  }
}

export interface ClientOptions {
  /** The GraphQL endpoint: the Merged API's `/graphql` (locally, `npm start` prints it). */
  url: string;
  /** Auth headers of each request: `{ 'x-api-key': key }`, or `{ authorization: idToken }` for a signed-in user. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  fetch?: typeof fetch;
}

/** A typed operation of sdk/operations/, as generated in sdk/generated/graphql.ts. */
export type Operation<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

/** A minimal typed client: `client.request(ShopBySlugDocument, { slug })` → data typed by the operation. */
export function createClient({ url, headers = () => ({}), fetch: fetchImpl = fetch }: ClientOptions) {
  return {
    async request<TData, TVariables>(operation: Operation<TData, TVariables>, variables?: TVariables): Promise<Result<TData>> {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headers()) },
        body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} }),
      });
      const body = (await response.json()) as { data?: TData | null; errors?: AppSyncError[] };
      if (response.status !== 200) throw new RequestRefusedError(response.status, body.errors ?? []);
      return { data: body.data ?? null, errors: body.errors ?? [] };
    },
  };
}
