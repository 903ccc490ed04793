/**
 * Control-flow signals raised by `util` and `runtime` inside a handler. They cross the
 * sandbox boundary as JSON and are turned back into these by the executor.
 */
export type Signal =
  | { kind: 'error'; message: string; errorType?: string | null; data?: unknown; errorInfo?: unknown }
  | { kind: 'unauthorized' }
  | { kind: 'earlyReturn'; value: unknown; skipTo?: 'END' | 'NEXT' };

export class SignalError extends Error {
  constructor(readonly signal: Signal) {
    super(signal.kind === 'error' ? signal.message : signal.kind === 'unauthorized' ? 'Unauthorized' : 'earlyReturn');
    this.name = 'SignalError';
  }
}

/** An error appended with `util.appendError`: kept beside the field's value. */
export interface AppendedError {
  message: string;
  errorType?: string | null;
  data?: unknown;
  errorInfo?: unknown;
}
