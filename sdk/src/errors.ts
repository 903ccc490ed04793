/**
 * Typed errors. Each operation's documented error types (the `Errors:` sentence of every field it
 * selects, in the schema) and AppSync's own are members you can `switch` over on `errorType`;
 * anything else is the `UndocumentedError` member, which the `default:` of such a switch handles.
 */

/** What AppSync itself may answer for any operation (README, "Errors"). */
export type AppSyncErrorType =
  | 'Unauthorized'
  | 'UnauthorizedException'
  | 'MalformedHttpRequestException'
  | 'BadRequestException'
  | 'PayloadTooLargeException'
  | 'Code'
  | 'ExecutionTimeout'
  | 'QueryDepthLimitReached'
  | 'ResolverExecutionLimitReached'
  | 'Lambda:Unhandled'
  | `DynamoDB:${string}`;

interface ErrorFields {
  message: string;
  errorInfo?: unknown;
  data?: unknown;
  path?: (string | number)[] | null;
  locations?: { line: number; column: number; sourceName?: string | null }[] | null;
}

export type KnownError<TErrorType extends string> = ErrorFields & { errorType: TErrorType };
/** An error neither the operation nor AppSync documents (or none at all: `errorType` null). */
export type UndocumentedError = ErrorFields & { errorType: string | null };

/** An error of an operation documenting `TErrorType`: that, AppSync's own, or undocumented. */
export type ApiError<TErrorType extends string = never> = KnownError<TErrorType | AppSyncErrorType> | UndocumentedError;
