import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Util } from '@aws-appsync/utils';
import { SignalError } from '../signals.ts';
import { AUTH_TYPE_NAMES, type EvaluationScope } from '../scope.ts';

/** Host implementation of AppSync's `util`, reached from the sandbox through the bridge. */
export function createUtil(scope: () => EvaluationScope) {
  const toDynamoDB = (value: unknown) => marshall({ v: value }, { removeUndefinedValues: true, convertEmptyValues: false }).v;
  return {
    error(message: string, errorType?: string, data?: unknown, errorInfo?: unknown): never {
      throw new SignalError({ kind: 'error', message, errorType: errorType ?? null, data, errorInfo });
    },
    appendError(message: string, errorType?: string, data?: unknown, errorInfo?: unknown) {
      scope().appendedErrors.push({ message, errorType: errorType ?? null, data, errorInfo });
    },
    unauthorized(): never {
      throw new SignalError({ kind: 'unauthorized' });
    },
    authType() {
      const mode = scope().authMode;
      return AUTH_TYPE_NAMES[mode ?? 'API_KEY'];
    },
    autoId: () => randomUUID(),
    dynamodb: {
      toDynamoDB,
      toMapValues: (values: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toDynamoDB(v)])),
    },
    time: {
      nowISO8601: () => new Date().toISOString(),
      nowEpochMilliSeconds: () => Date.now(),
      nowEpochSeconds: () => Math.floor(Date.now() / 1000),
    },
  } satisfies Partial<{ [K in keyof Util]: unknown }>;
}
