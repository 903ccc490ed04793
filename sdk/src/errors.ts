/** An error as AppSync reports it in a GraphQL answer: callers switch on `errorType`, never on the message. */
export interface ApiError {
  message: string;
  errorType: string | null;
  errorInfo?: unknown;
  data?: unknown;
  path?: (string | number)[] | null;
  locations?: { line: number; column: number; sourceName?: string | null }[] | null;
}
