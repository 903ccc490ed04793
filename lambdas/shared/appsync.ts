import { fromEnv } from '@aws-sdk/credential-provider-env';
import { createClient, type Client, type OperationDocument } from '../../sdk/src/backend.ts';
import type { VariablesArgument } from '../../sdk/src/document.ts';

/** The SDK's client of the Merged API (`GRAPHQL_URL`), signing with the function's role; no answer waits past 10 s. */
const mergedApi = (): Client =>
  createClient({
    url: process.env.GRAPHQL_URL ?? '',
    auth: { type: 'iam', credentials: fromEnv(), region: process.env.AWS_REGION ?? 'us-east-1' },
    fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(10_000) }),
  });

/**
 * A mutation sent through the Merged API with IAM: AppSync notifies subscribers only of mutations
 * sent through its endpoint, so publishing goes this way. Errors in the answer are thrown, named
 * after their `errorType`; an answer that is not AppSync's, `GraphQLRequestFailed`.
 */
export async function mutate<TData, TVariables, TErrorType extends string = never>(
  document: OperationDocument<TData, TVariables, TErrorType>,
  ...variables: VariablesArgument<NoInfer<TVariables>>
): Promise<TData> {
  let answer: { data: TData | null; errors: { errorType: string | null; message: string }[] };
  try {
    answer = await mergedApi().mutate(document, ...variables);
  } catch (e) {
    throw named('GraphQLRequestFailed', (e as Error).message);
  }
  const error = answer.errors[0];
  if (error) throw named(error.errorType ?? 'GraphQLRequestFailed', error.message);
  return answer.data as TData;
}

function named(name: string, message: string): Error {
  const failure = new Error(message);
  failure.name = name;
  return failure;
}
