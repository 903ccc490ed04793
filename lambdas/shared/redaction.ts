/**
 * The one rule that keeps payment data out of everything the checkout writes: execution input,
 * history, logs and errors. A provider token or secret has no business outside the call that
 * exchanges it, so any value that looks like one is replaced wherever it appears.
 */
const SECRET_SHAPES = /\b(?:tok|sk|rk|pm_card|card)_[A-Za-z0-9_]+/g;

export const REDACTED = '[redacted]';

export function redact(text: string): string {
  return text.replace(SECRET_SHAPES, REDACTED);
}

/** An error safe to throw out of a handler: its message and stack redacted, its name kept (Retry and Catch match it). */
export function redactedError(error: unknown): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const safe = new Error(redact(source.message));
  safe.name = source.name;
  safe.stack = source.stack ? redact(source.stack) : undefined;
  return safe;
}
