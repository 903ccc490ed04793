/**
 * `npm run evaluate -- <file.ts|file.js> [--function request|response] [--context '<json>' | --context-file ctx.json] [--endpoint URL]`
 *
 * Runs one handler of a resolver or pipeline function through AppSync's EvaluateCode, as
 * `aws appsync evaluate-code` does: a `.ts` file is bundled as it deploys (esbuild, like
 * model/bundle/resolvers.ts, with the tables named as `npm start` names them), a `.js` file is sent as is, and the response is printed as JSON.
 *   --endpoint URL   call the EvaluateCode API there with @aws-sdk/client-appsync (a running
 *                    `npm start`, e.g. http://localhost:4000, or AWS itself with real credentials)
 *   (no endpoint)    evaluate in process, in the same sandbox and checks the runtime uses;
 *                    no server or database is started.
 * Exit status: 0 when the handler returned a value, 1 when it failed, 2 for a bad invocation.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleFile } from '../../model/bundle/resolvers.ts';
import { localTableNames } from '../../model/table-names.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import { IsolatedSandbox } from '../appsync-js/isolation/isolated-sandbox.ts';
import { CodeEvaluator, type EvaluateCodeResponse } from './evaluator.ts';
import { BadRequestException } from './request.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = `usage: npm run evaluate -- <file.ts|file.js> [--function request|response] [--context '<json>' | --context-file <file>] [--endpoint <url>]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      function: { type: 'string', default: 'request' },
      context: { type: 'string' },
      'context-file': { type: 'string' },
      endpoint: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = path.resolve(process.cwd(), positionals[0]!);
  if (!existsSync(file)) {
    console.error(`No such file: ${file}\n${USAGE}`);
    return 2;
  }
  let code: string;
  try {
    code = /\.[cm]?js$/.test(file) ? readFileSync(file, 'utf8') : bundleFile(file, localTableNames(videoshopsApi));
  } catch (e) {
    console.error(`Bundling ${path.relative(process.cwd(), file)} failed:\n${(e as Error).message}`);
    return 2;
  }
  const context = values['context-file'] ? readFileSync(values['context-file'], 'utf8') : (values.context ?? '{}');
  const request = { runtime: { name: 'APPSYNC_JS' as const, runtimeVersion: '1.0.0' }, code, context, function: values.function! };

  let response: EvaluateCodeResponse;
  try {
    response = values.endpoint ? await viaEndpoint(values.endpoint, request) : await evaluateHere(JSON.stringify(request));
  } catch (e) {
    const name = (e as Error).name;
    if (e instanceof BadRequestException || name === 'BadRequestException') {
      console.error(`BadRequestException: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
  console.log(JSON.stringify(response, null, 4));
  return response.error ? 1 : 0;
}

async function viaEndpoint(
  endpoint: string,
  request: { runtime: { name: 'APPSYNC_JS'; runtimeVersion: string }; code: string; context: string; function: string },
) {
  const { AppSyncClient, EvaluateCodeCommand } = await import('@aws-sdk/client-appsync');
  const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?/.test(endpoint);
  const client = new AppSyncClient({
    endpoint,
    region: process.env.AWS_REGION ?? 'us-east-1',
    // The local runtime accepts any signature; elsewhere the SDK's default credential chain applies.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  try {
    const { $metadata: _, ...body } = await client.send(new EvaluateCodeCommand(request));
    return body as EvaluateCodeResponse;
  } finally {
    client.destroy();
  }
}

process.exitCode = await main();

/** The same isolation as the runtime's: the code runs in a sandbox process, closed afterwards. */
async function evaluateHere(body: string): Promise<EvaluateCodeResponse> {
  const sandbox = new IsolatedSandbox();
  try {
    return await new CodeEvaluator(sandbox).evaluateBody(body);
  } finally {
    await sandbox.close();
  }
}
