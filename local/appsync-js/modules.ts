import { createUtil } from './util/index.ts';
import { SignalError } from './signals.ts';
import type { EvaluationScope } from './scope.ts';
import type { HostModules } from './sandbox.ts';

/** The modules APPSYNC_JS code can import, implemented on the host. */
export function appsyncModules(scope: () => EvaluationScope): HostModules {
  const util = createUtil(scope);
  const runtime = {
    earlyReturn(value?: unknown): never {
      throw new SignalError({ kind: 'earlyReturn', value: value ?? null });
    },
  };
  const extensions = {
    setSubscriptionFilter(filter: unknown) {
      scope().subscriptionFilter = filter;
    },
    setSubscriptionInvalidationFilter(filter: unknown) {
      scope().subscriptionInvalidationFilter = filter;
    },
    invalidateSubscriptions(obj: { subscriptionField: string; payload: Record<string, unknown> }) {
      scope().invalidations.push(obj);
    },
    evictFromApiCache(typeName: string, fieldName: string, keys: Record<string, unknown>) {
      scope().cacheEvictions.push({ typeName, fieldName, keys });
    },
  };
  const log = (...args: unknown[]) => {
    scope().logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  return {
    console: { log, error: log, warn: log, info: log, debug: log },
    '@aws-appsync/utils': { util, runtime, extensions },
    '@aws-appsync/utils/dynamodb': {},
  };
}
