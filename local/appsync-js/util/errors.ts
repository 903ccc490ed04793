import { SignalError } from '../signals.ts';
import type { EvaluationScope } from '../scope.ts';

/** A message is text in a GraphQL error, whatever resolver code passed. */
const text = (message: unknown): string => (typeof message === 'string' ? message : (JSON.stringify(message) ?? String(message)));

/** `util.error`, `util.appendError` and `util.unauthorized`: signals the executor turns into GraphQL errors. */
export function createErrorUtils(scope: () => EvaluationScope) {
  return {
    error(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): never {
      throw new SignalError({ kind: 'error', message: text(message), errorType: errorType ?? null, data, errorInfo });
    },
    appendError(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): void {
      scope().appendedErrors.push({ message: text(message), errorType: errorType ?? null, data, errorInfo });
    },
    unauthorized(): never {
      throw new SignalError({ kind: 'unauthorized' });
    },
  };
}
