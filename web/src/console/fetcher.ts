import { getOperationAST, Kind, parse, type DefinitionNode, type DocumentNode, type ExecutionResult } from 'graphql';
import type { GraphiQLProps } from 'graphiql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type AuthOptions, type Client } from '../sdk.ts';
import { demoToken, signedHeaders } from './server.ts';

/** Who the console's requests are sent as. */
export type AuthChoice = { mode: 'apiKey' } | { mode: 'user'; email: string } | { mode: 'iam'; principal: string };

interface Params {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

type AnyDocument = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

/**
 * GraphiQL's fetcher on the SDK's client: queries and mutations answer once, subscriptions are an
 * async iterable over AppSync's real-time protocol. The schema's introspection always goes with the
 * API key, whatever mode is chosen (an IAM principal is granted a few fields only).
 */
export function consoleFetcher(config: { url: string; apiKey: string }, auth: AuthChoice): GraphiQLProps['fetcher'] {
  const apiKeyClient = createClient({ url: config.url, auth: { type: 'apiKey', apiKey: config.apiKey } });
  const client = auth.mode === 'apiKey' ? apiKeyClient : createClient({ url: config.url, auth: authOptions(auth) });
  return async (params: Params) => {
    const document = parse(params.query);
    // GraphiQL can name the operation of the tab it just left: a document of one operation runs that one.
    const operation = getOperationAST(document, params.operationName ?? undefined) ?? getOperationAST(document);
    if (!operation) throw new Error('Name the operation to run (the document has several).');
    // The chosen operation alone, with the fragments: the SDK sends a document, not an operation name.
    const chosen: AnyDocument = {
      kind: Kind.DOCUMENT,
      definitions: document.definitions.filter((d: DefinitionNode) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
    } as DocumentNode as AnyDocument;
    const variables = params.variables ?? {};
    const target: Client = params.operationName === 'IntrospectionQuery' ? apiKeyClient : client;
    if (operation.operation === 'subscription') return answers(target.subscribe(chosen, variables));
    const result = operation.operation === 'mutation' ? await target.mutate(chosen, variables) : await target.query(chosen, variables);
    return shown(result);
  };
}

function authOptions(auth: Exclude<AuthChoice, { mode: 'apiKey' }>): AuthOptions {
  if (auth.mode === 'user') {
    // A fresh token per request (a local call): one kept would expire while the console stays open.
    return { type: 'userPool', token: () => demoToken(auth.email) };
  }
  return { type: 'headers', authorize: (request) => signedHeaders(auth.principal, request) };
}

/** GraphiQL shows `errors` when there are any. */
const shown = (result: { data: unknown; errors: unknown[] }) => (result.errors.length ? result : { data: result.data }) as ExecutionResult;

async function* answers(subscription: AsyncIterableIterator<{ data: unknown; errors: unknown[] }>) {
  try {
    for await (const result of subscription) yield shown(result);
  } finally {
    await subscription.return?.();
  }
}
