import { Sandbox } from '../../../local/appsync-js/sandbox.ts';
import { appsyncModules } from '../../../local/appsync-js/modules.ts';
import { newScope } from '../../../local/appsync-js/scope.ts';

let shared: Sandbox | undefined;
/** One realm per test file, as a sandbox process keeps one for all its evaluations. */
export function realm(): Sandbox {
  shared ??= new Sandbox(appsyncModules);
  return shared;
}

let n = 0;
/** Loads `code` and runs its `request` (or `response`) in the shared realm; returns value or failure as data. */
export function run(code: string, ctx: Record<string, unknown> = {}, handler: 'request' | 'response' = 'request', sandbox = realm()) {
  const scope = newScope();
  try {
    const loaded = sandbox.load(`code${n++}.js`, code);
    const c = sandbox.createContext({ arguments: {}, stash: {}, ...ctx });
    const value = sandbox.evaluate(loaded, handler, c, scope);
    return { value, stash: sandbox.readFromContext(c, 'stash'), logs: scope.logs, scope };
  } catch (e) {
    return {
      failure: e as Error & Record<string, unknown>,
      name: (e as Error)?.constructor?.name,
      message: (e as Error)?.message,
      logs: scope.logs,
      scope,
    };
  }
}
