// One Lambda execution environment, run as a worker thread: loads the function's bundle once
// (the cold start), then serves invocations one at a time with a Lambda `context`, as the
// Node.js runtime interface client does. Plain JavaScript: a worker cannot load TypeScript.
// Messages in:  { type: 'invoke', id, event (JSON text), context (plain data), traceId }
// Messages out: { type: 'ready' } | { type: 'init-error', error } | { type: 'log', line }
//               | { type: 'result', id, payload (JSON text) } | { type: 'error', id, error, fatal }
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { format, types } from 'node:util';

const { file, moduleName, handlerName } = workerData;
let requestId;
let current;

// The runtime prefixes console output with the time, the request id and the level.
const levels = { log: 'INFO', info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG', trace: 'TRACE' };
for (const [method, level] of Object.entries(levels)) {
  console[method] = (...args) =>
    parentPort.postMessage({ type: 'log', line: `${new Date().toISOString()}\t${requestId}\t${level}\t${format(...args)}` });
}

// The host may run an older Node.js than Lambda's nodejs22.x; the SDK's warning about that is the host's, not the handler's.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  const text = typeof warning === 'string' ? warning : `${warning?.name}: ${warning?.message}`;
  if (text.startsWith('NodeVersionSupportWarning')) return;
  emitWarning(warning, ...rest);
};

/** The error payload the runtime reports for a thrown value (aws-lambda-nodejs-runtime-interface-client, Errors.js). */
function toErrorPayload(error) {
  try {
    if (types.isNativeError(error) || (error instanceof Object && 'name' in error && 'message' in error)) {
      return { errorType: String(error.name), errorMessage: String(error.message), trace: String(error.stack ?? '').split('\n') };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

function fail(id, error, fatal = false) {
  parentPort.postMessage({ type: 'error', id, error, fatal });
}

// A crash during an invocation is that invocation's error; the environment is then discarded.
process.on('uncaughtException', (error) => {
  fail(current, toErrorPayload(error), true);
  process.exit(129);
});
process.on('unhandledRejection', (reason) => {
  const described = types.isNativeError(reason) ? `${reason.name}: ${reason.message}` : String(reason);
  fail(current, { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: described, trace: [] }, true);
  process.exit(128);
});

function contextOf(data, settle) {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: data.functionName,
    functionVersion: data.functionVersion,
    invokedFunctionArn: data.invokedFunctionArn,
    memoryLimitInMB: data.memoryLimitInMB,
    awsRequestId: data.awsRequestId,
    logGroupName: data.logGroupName,
    logStreamName: data.logStreamName,
    identity: undefined,
    clientContext: undefined,
    getRemainingTimeInMillis: () => Math.max(0, data.deadlineMs - Date.now()),
    // Legacy completion methods the Node.js runtimes still provide.
    done: (error, result) => settle(error, result),
    succeed: (result) => settle(null, result),
    fail: (error) => settle(error ?? 'handled'),
  };
}

function run(handler, event, data) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error, result) => {
      if (settled) return;
      settled = true;
      if (error !== null && error !== undefined) reject(error);
      else resolve(result);
    };
    const context = contextOf(data, settle);
    const returned = handler.length >= 3 ? handler(event, context, settle) : handler(event, context);
    if (returned && typeof returned.then === 'function')
      returned.then(
        (r) => settle(null, r),
        (e) => settle(e ?? 'handled'),
      );
    // A synchronous handler without a callback answers null: the runtime ignores its return value.
    else if (handler.length < 3) settle(null, null);
  });
}

let handler;
try {
  const module = await import(pathToFileURL(file).href);
  handler = module[handlerName];
  if (typeof handler !== 'function') {
    parentPort.postMessage({
      type: 'init-error',
      error: { errorType: 'Runtime.HandlerNotFound', errorMessage: `${moduleName}.${handlerName} is undefined or not exported`, trace: [] },
    });
  } else {
    parentPort.postMessage({ type: 'ready' });
  }
} catch (error) {
  const payload = toErrorPayload(error);
  if (error?.code === 'ERR_MODULE_NOT_FOUND') payload.errorType = 'Runtime.ImportModuleError';
  parentPort.postMessage({ type: 'init-error', error: payload });
}

parentPort.on('message', async (message) => {
  if (message.type !== 'invoke' || !handler) return;
  current = message.id;
  requestId = message.context.awsRequestId;
  process.env._X_AMZN_TRACE_ID = message.traceId;
  try {
    const result = await run(handler, JSON.parse(message.event), message.context);
    let payload;
    try {
      payload = JSON.stringify(result === undefined ? null : result);
    } catch (error) {
      fail(message.id, {
        errorType: 'Runtime.MarshalError',
        errorMessage: `Unable to stringify response body: ${error.message}`,
        trace: [],
      });
      return;
    }
    parentPort.postMessage({ type: 'result', id: message.id, payload });
  } catch (error) {
    fail(message.id, toErrorPayload(error));
  }
});
