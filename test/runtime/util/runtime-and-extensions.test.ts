import { describe, expect, it } from 'vitest';
import { run } from './run-in-sandbox.ts';
import { newScope } from '../../../local/appsync-js/scope.ts';
import { SignalError } from '../../../local/appsync-js/signals.ts';

function signalOf(body: string) {
  try {
    run(body);
  } catch (e) {
    if (e instanceof SignalError) return e.signal;
    throw e;
  }
  throw new Error('the handler raised no signal');
}

describe('runtime.earlyReturn', () => {
  it('stops the handler with the value to return', () => {
    expect(signalOf(`runtime.earlyReturn({ id: "1" }); return "never";`)).toEqual({ kind: 'earlyReturn', value: { id: '1' } });
  });

  it('returns null when given nothing', () => {
    expect(signalOf(`runtime.earlyReturn()`)).toEqual({ kind: 'earlyReturn', value: null });
  });

  it.each(['END', 'NEXT'])('carries skipTo %s for the pipeline', (skipTo) => {
    expect(signalOf(`runtime.earlyReturn(1, { skipTo: "${skipTo}" })`)).toEqual({ kind: 'earlyReturn', value: 1, skipTo });
  });
});

describe('extensions', () => {
  it('setSubscriptionFilter and setSubscriptionInvalidationFilter record the filters', () => {
    // Prepare
    const scope = newScope();
    const filter = { filterGroup: [{ filters: [{ fieldName: 'id', operator: 'eq', value: 'a' }] }] };
    // Act
    run(
      `extensions.setSubscriptionFilter(${JSON.stringify(filter)}); extensions.setSubscriptionInvalidationFilter(${JSON.stringify(filter)}); return null;`,
      { scope },
    );
    // Assess
    expect(scope.subscriptionFilter).toEqual(filter);
    expect(scope.subscriptionInvalidationFilter).toEqual(filter);
  });

  it('invalidateSubscriptions records every invalidation in order', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(
      `extensions.invalidateSubscriptions({ subscriptionField: "onStream", payload: { id: 1 } }); extensions.invalidateSubscriptions({ subscriptionField: "onOrder", payload: { id: 2 } }); return null;`,
      { scope },
    );
    // Assess
    expect(scope.invalidations).toEqual([
      { subscriptionField: 'onStream', payload: { id: 1 } },
      { subscriptionField: 'onOrder', payload: { id: 2 } },
    ]);
  });

  it('evictFromApiCache records the type, field and caching keys', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(`extensions.evictFromApiCache("Query", "getShop", { "context.arguments.id": "s1" }); return null;`, { scope });
    // Assess
    expect(scope.cacheEvictions).toEqual([{ typeName: 'Query', fieldName: 'getShop', keys: { 'context.arguments.id': 's1' } }]);
  });
});

describe('console', () => {
  it('logs strings as they are and other values as JSON', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(`console.log("count", 3, { a: 1 }); return null;`, { scope });
    // Assess
    expect(scope.logs).toEqual(['count 3 {"a":1}']);
  });
});
