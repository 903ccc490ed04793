import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { LogEntry } from './entries.ts';
import type { RequestSummary } from './request-summary.ts';

/** One finished GraphQL request, with the entries its level let through. */
export interface LoggedRequest {
  summary: RequestSummary;
  /** The first line of the document, for the terminal. */
  operation: string;
  entries: LogEntry[];
  /** The response's `errors` (messages and types). */
  errors: { message: string; errorType?: string | null; path?: readonly (string | number)[] | null }[];
  /** Why the request was refused before execution, when the runtime knows more than it may tell the client. */
  refusal?: string;
}

export interface LogSink {
  write(request: LoggedRequest): void;
  close?(): Promise<void>;
}

/** JSON lines: one AppSync-shaped entry per line, as CloudWatch would hold them. */
export function jsonLinesSink(target: Writable | string): LogSink {
  const stream = typeof target === 'string' ? createWriteStream(target, { flags: 'a' }) : target;
  return {
    write(request) {
      if (request.entries.length) stream.write(request.entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
    },
    close: typeof target === 'string' ? () => new Promise<void>((resolve) => stream.end(resolve)) : undefined,
  };
}

const MAX_VALUE = 160;
const ms = (ns: unknown) => `${(Number(ns) / 1e6).toFixed(2)} ms`;
const short = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text);
const pathText = (path: unknown) => (Array.isArray(path) ? path.join('.') : String(path));

/**
 * Readable lines for a terminal: one line per request, then its fields (errors first-class),
 * their handler steps, and their console output.
 */
export function terminalSink(stream: Writable): LogSink {
  return {
    write(request) {
      const { summary } = request;
      const time = new Date(summary.startTime).toISOString().slice(11, 23);
      const calls = Object.entries(summary.dataSourceCalls)
        .filter(([, n]) => n > 0)
        .map(([type, n]) => `${type === 'AMAZON_DYNAMODB' ? 'DynamoDB' : type === 'AWS_LAMBDA' ? 'Lambda' : type}×${n}`)
        .join(' ');
      const lines = [
        `${time}  ${summary.statusCode}  ${summary.durationMs.toFixed(1).padStart(6)} ms  ${request.operation}  [${summary.requestId.slice(0, 8)}]${calls ? `  ${calls}` : ''}`,
      ];
      const fieldErrors = new Map<string, string[]>();
      for (const e of request.errors) {
        const text = `${e.errorType ? `${e.errorType}: ` : ''}${e.message}`;
        if (!e.path) lines.push(`  ✗ ${text}${request.refusal ? `  (refused: ${request.refusal})` : ''}`);
        else fieldErrors.set(e.path.join('.'), [...(fieldErrors.get(e.path.join('.')) ?? []), text]);
      }
      // Grouped by field, in the order fields resolved: the field line, its steps, its console output.
      const byField = new Map<string, LogEntry[]>();
      for (const entry of request.entries) {
        if (entry.path === undefined) continue;
        const path = pathText(entry.path);
        byField.set(path, [...(byField.get(path) ?? []), entry]);
      }
      for (const path of fieldErrors.keys()) if (!byField.has(path)) byField.set(path, []);
      for (const [path, entries] of byField) {
        const errors = fieldErrors.get(path);
        const first = entries[0];
        const tracing = entries.find((e) => e.logType === 'Tracing');
        const name = first ? `  ${first.parentType}.${first.fieldName}` : '';
        lines.push(
          `  ${errors ? '✗' : '✓'} ${path}${name}${tracing ? `  ${ms(tracing.duration)}` : ''}${errors ? `  ${errors.join('; ')}` : ''}`,
        );
        for (const entry of entries) {
          if (entry.logType === 'HandlerLog') lines.push(`      │ ${entry.message}`);
          else if (entry.logType !== 'Tracing') {
            const failures = entry.errors as { message: string; type: string | null }[];
            const what = failures.length
              ? `✗ ${failures.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message}`).join('; ')}`
              : short(String(entry.transformedTemplate ?? ''));
            const step = `${entry.functionName ? `${entry.functionName}.` : ''}${entry.logType.replace('Mapping', '').toLowerCase()}`;
            lines.push(`      ${step.padEnd(18)} ${ms(entry.duration).padStart(9)}  ${what}`);
          }
        }
      }
      stream.write(lines.join('\n') + '\n');
    },
  };
}
