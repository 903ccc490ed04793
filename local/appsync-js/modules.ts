import type { Extensions, runtime as declaredRuntime } from '@aws-appsync/utils';
import { createUtil } from './util/index.ts';
import { dynamodbHelpers } from './dynamodb-helpers.ts';
import { rdsHelpers } from './rds/index.ts';
import { SignalError } from './signals.ts';
import type { EvaluationScope } from './scope.ts';
import type { HostModules } from './sandbox.ts';

type Runtime = typeof declaredRuntime;
type ReturnOptions = Parameters<Runtime['earlyReturn']>[1];

function createRuntime() {
  return {
    earlyReturn(value?: unknown, returnOptions?: ReturnOptions): never {
      const skipTo = returnOptions?.skipTo;
      throw new SignalError({ kind: 'earlyReturn', value: value ?? null, ...(skipTo ? { skipTo } : {}) });
    },
  } satisfies Runtime;
}

function createExtensions(scope: () => EvaluationScope) {
  return {
    setSubscriptionFilter(filter) {
      scope().subscriptionFilter = filter;
    },
    setSubscriptionInvalidationFilter(filter) {
      scope().subscriptionInvalidationFilter = filter;
    },
    invalidateSubscriptions(obj) {
      scope().invalidations.push(obj);
    },
    evictFromApiCache(typeName, fieldName, keys) {
      scope().cacheEvictions.push({ typeName, fieldName, keys });
    },
  } satisfies Extensions;
}

/** `console.log` arguments are joined the way AppSync writes them to its logs. */
function createConsole(scope: () => EvaluationScope) {
  const log = (...args: unknown[]) => {
    scope().logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  return { log, error: log, warn: log, info: log, debug: log };
}

/** The modules APPSYNC_JS code can import, implemented on the host. */
export function appsyncModules(scope: () => EvaluationScope): HostModules {
  return {
    console: createConsole(scope),
    '@aws-appsync/utils': { util: createUtil(scope), runtime: createRuntime(), extensions: createExtensions(scope) },
    '@aws-appsync/utils/dynamodb': dynamodbHelpers,
    '@aws-appsync/utils/rds': rdsHelpers,
  };
}
