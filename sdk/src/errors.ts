/**
 * Typed errors. Each operation's documented error types (the `Errors:` sentence of every field it
 * selects, in the schema) and AppSync's own are members you can `switch` over on `errorType`;
 * anything else is an `UndocumentedError`, the `default:` of such a switch.
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

declare const undocumented: unique symbol;
/** An `errorType` neither the operation nor AppSync documents: no string literal matches it, so a `switch` leaves it to `default:`. */
export type UndocumentedErrorType = string & { readonly [undocumented]: true };

export type KnownError<TErrorType extends string> = ErrorFields & { errorType: TErrorType };
export type UndocumentedError = ErrorFields & { errorType: UndocumentedErrorType | null };

/** An error of an operation documenting `TErrorType`: that, AppSync's own, or undocumented. */
export type ApiError<TErrorType extends string = never> = KnownError<TErrorType | AppSyncErrorType> | UndocumentedError;
