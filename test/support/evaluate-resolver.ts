import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IsolatedSandbox } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import { bundleFile } from '../../model/bundle/resolvers.ts';
import { localTableNames } from '../../model/table-names.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { CodeEvaluator, type EvaluateCodeResponse } from '../../local/evaluate-code/evaluator.ts';

/** What one EvaluateCode call gave, with its JSON texts parsed. */
export interface Evaluation {
  /** The handler's return value (undefined when `error` is set). */
  result?: unknown;
  /** `message` (and `codeErrors` for static-check failures) when the code failed. */
  error?: EvaluateCodeResponse['error'];
  logs: string[];
  stash: Record<string, unknown>;
  /** Errors appended with util.appendError. */
  outErrors: { message: string; errorType: string | null; data: unknown; errorInfo: unknown }[];
  /** The response exactly as EvaluateCode answered it. */
  response: EvaluateCodeResponse;
}

let evaluator: CodeEvaluator | undefined;
const bundles = new Map<string, string>();

/**
 * Unit-tests one handler of a resolver or pipeline function through EvaluateCode, as against
 * AWS: the source file is bundled as it deploys (a `.ts` with esbuild; a `.js` as is), checked
 * as AppSync checks it, and the handler runs against `context` as the mock `ctx`.
 *
 *   const { result } = await evaluateResolver('resolvers/shops/Query.shop.ts', 'request', { arguments: { id: 's1' } });
 */
export async function evaluateResolver(
  file: string,
  handler: 'request' | 'response',
  context: Record<string, unknown> = {},
): Promise<Evaluation> {
  const absolute = path.resolve(PROJECT_ROOT, file);
  let code = bundles.get(absolute);
  if (code === undefined) {
    code = absolute.endsWith('.js') ? readFileSync(absolute, 'utf8') : bundleFile(absolute, localTableNames(videoshopsApi));
    bundles.set(absolute, code);
  }
  evaluator ??= new CodeEvaluator(new IsolatedSandbox());
  const response = await evaluator.evaluate(code, handler, JSON.parse(JSON.stringify(context)));
  return {
    ...(response.evaluationResult !== undefined ? { result: JSON.parse(response.evaluationResult) } : {}),
    ...(response.error ? { error: response.error } : {}),
    logs: response.logs ?? [],
    stash: response.stash ? JSON.parse(response.stash) : {},
    outErrors: response.outErrors ? JSON.parse(response.outErrors) : [],
    response,
  };
}
