import type { LambdaInvocationResult, LocalFunction } from '../lambda/local-function.ts';
import { MappingTemplateError, isObject, jsonType, optionalString, requiredString } from './dynamodb/request-fields.ts';
import type { DataSource, DataSourceOutcome, InvocationInfo } from './types.ts';

/** Payloads per BatchInvoke invocation when the resolver sets no maxBatchSize (AppSync's documented default). */
export const DEFAULT_MAX_BATCH_SIZE = 5;

type InvocationType = 'RequestResponse' | 'Event';

interface PendingBatch {
  invocationType: InvocationType;
  max: number;
  items: { payload: unknown; order: number; settle: (outcome: DataSourceOutcome) => void }[];
  sent: boolean;
}

/**
 * AWS_LAMBDA (https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html):
 * `Invoke` sends the request's `payload` as the event; `BatchInvoke` gathers the payloads of one
 * field across the items of a list into one invocation whose event is the array of payloads, and
 * hands each item its entry of the returned array; `invocationType: 'Event'` invokes without
 * waiting, so `ctx.result` is null. A function error reaches the response handler as
 * `ctx.error = { message: errorMessage, type: 'Lambda:Unhandled' }`: the function's own error type
 * is not passed on (aws/aws-appsync-community#209), only kept as `unhandledErrorType` (#386).
 */
export function lambdaDataSource(name: string, fn: LocalFunction): DataSource {
  const pending = new Map<string, PendingBatch>();

  const invoke = async (invocationType: InvocationType, items: PendingBatch['items']) => {
    const payloads = items.map((item) => item.payload);
    if (invocationType === 'Event') {
      fn.invokeAsync(payloads);
      for (const item of items) item.settle({ result: null });
      return;
    }
    const result = await invokeOrFail(fn, payloads);
    if (result.error) {
      const outcome = errorOutcome(result);
      for (const item of items) item.settle(outcome);
      return;
    }
    const answers = result.payload;
    if (!Array.isArray(answers) || answers.length !== payloads.length) {
      const outcome: DataSourceOutcome = {
        result: null,
        error: {
          type: 'Lambda:Unhandled',
          message: `The Lambda function's response to a BatchInvoke must be a list of ${payloads.length} items, one per request of the batch, in order; got ${describe(answers)}.`,
          unhandledErrorType: null,
        },
      };
      for (const item of items) item.settle(outcome);
      return;
    }
    items.forEach((item, i) => item.settle({ result: answers[i] ?? null }));
  };

  /** Sends what a batch gathered, in list order (handlers come back from the sandbox in any order), up to `max` per invocation. */
  const flush = (key: string, batch: PendingBatch) => {
    if (batch.sent) return;
    batch.sent = true;
    if (pending.get(key) === batch) pending.delete(key);
    const items = batch.items.sort((a, b) => a.order - b.order);
    for (let i = 0; i < items.length; i += batch.max) void invoke(batch.invocationType, items.slice(i, i + batch.max));
  };

  const enqueue = (info: InvocationInfo, payload: unknown, invocationType: InvocationType): Promise<DataSourceOutcome> => {
    const key = info.batch?.key ?? `${info.requestId}/${info.fieldPath}`;
    const max = info.batch?.maxBatchSize || DEFAULT_MAX_BATCH_SIZE;
    let batch = pending.get(key);
    if (!batch || batch.invocationType !== invocationType) {
      const created: PendingBatch = { invocationType, max, items: [], sent: false };
      batch = created;
      pending.set(key, created);
      // Siblings of one list start together, and reach here as their request handlers come back
      // from the sandbox: gather them all.
      void (info.handlersSettled?.() ?? Promise.resolve()).then(() => setImmediate(() => flush(key, created)));
    }
    const outcome = new Promise<DataSourceOutcome>((settle) =>
      batch.items.push({ payload, order: info.order ?? batch.items.length, settle }),
    );
    return outcome;
  };

  return {
    name,
    type: 'AWS_LAMBDA',
    async invoke(request, info) {
      let parsed: { operation: 'Invoke' | 'BatchInvoke'; invocationType: InvocationType; payload: unknown };
      try {
        parsed = parseRequest(request);
      } catch (error) {
        if (error instanceof MappingTemplateError) return { error: { type: 'MappingTemplate', message: error.message } };
        throw error;
      }
      const { operation, invocationType, payload } = parsed;
      if (operation === 'BatchInvoke') return enqueue(info, payload, invocationType);
      if (invocationType === 'Event') {
        fn.invokeAsync(payload);
        return { result: null };
      }
      const result = await invokeOrFail(fn, payload);
      return result.error ? errorOutcome(result) : { result: result.payload ?? null };
    },
  };
}

function parseRequest(request: unknown) {
  if (!isObject(request)) {
    throw new MappingTemplateError(`Expected JSON object for the request but got '${jsonType(request)}' instead.`);
  }
  const operation = requiredString(request, 'operation', '$');
  if (operation !== 'Invoke' && operation !== 'BatchInvoke') throw new MappingTemplateError(`Unsupported operation '${operation}'.`);
  const invocationType = optionalString(request, 'invocationType', '$') ?? 'RequestResponse';
  if (invocationType !== 'RequestResponse' && invocationType !== 'Event') {
    throw new MappingTemplateError(`Unsupported invocation type '${invocationType}'.`);
  }
  return { operation, invocationType, payload: request.payload ?? null } as const;
}

/** A function the runtime could not run at all (stopped with the runtime) fails like an unhandled error. */
async function invokeOrFail(fn: LocalFunction, event: unknown): Promise<LambdaInvocationResult> {
  try {
    return await fn.invoke(event);
  } catch (error) {
    return { requestId: '', coldStart: false, error: { errorType: 'Error', errorMessage: (error as Error).message } };
  }
}

function errorOutcome(result: Extract<LambdaInvocationResult, { error: object }>): DataSourceOutcome {
  return {
    result: null,
    error: { message: result.error.errorMessage, type: 'Lambda:Unhandled', unhandledErrorType: result.error.errorType },
  };
}

function describe(value: unknown): string {
  return Array.isArray(value) ? `a list of ${value.length}` : jsonType(value) === 'NULL' ? 'null' : `a ${jsonType(value).toLowerCase()}`;
}
