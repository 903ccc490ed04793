import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * A generated operation: a real DocumentNode (Apollo, urql and Amplify take it), typed with its
 * data and variables, and carrying its documented error types for the SDK's client (type only).
 */
export type OperationDocument<TData, TVariables, TErrorType extends string> = TypedDocumentNode<TData, TVariables> & {
  readonly __errorTypes?: TErrorType;
};

/** The variables argument of a typed operation: optional when the operation has no required variable. */
export type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];
