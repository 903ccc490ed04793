import { Sandbox } from '../../../local/appsync-js/sandbox.ts';
import { appsyncModules } from '../../../local/appsync-js/modules.ts';
import { newScope, type EvaluationScope } from '../../../local/appsync-js/scope.ts';

/** One sandbox per test file, as the runtime keeps one per API. */
const sandbox = new Sandbox(appsyncModules);
let counter = 0;

/**
 * Evaluates `expression` as the value a request handler returns, with `util`, `runtime`,
 * `extensions`, the DynamoDB module (as `ddb`) and the RDS module (as `rds`) imported the way resolver code imports them.
 */
export function evaluate(expression: string, options: { ctx?: Record<string, unknown>; scope?: EvaluationScope } = {}): unknown {
  return run(`return ${expression};`, options);
}

/** Runs a request handler body. */
export function run(body: string, options: { ctx?: Record<string, unknown>; scope?: EvaluationScope } = {}): unknown {
  const source = [
    "import { util, runtime, extensions } from '@aws-appsync/utils';",
    "import * as ddb from '@aws-appsync/utils/dynamodb';",
    "import * as rds from '@aws-appsync/utils/rds';",
    'export function request(ctx) {',
    body,
    '}',
  ].join('\n');
  const code = sandbox.load(`code-${++counter}.js`, source);
  const ctx = sandbox.createContext({ arguments: {}, stash: {}, ...options.ctx });
  return sandbox.evaluate(code, 'request', ctx, options.scope ?? newScope());
}
