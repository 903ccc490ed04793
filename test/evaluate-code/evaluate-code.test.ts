import { AppSyncClient, BadRequestException, EvaluateCodeCommand, type EvaluateCodeCommandOutput } from '@aws-sdk/client-appsync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { post, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
let client: AppSyncClient;
let origin: string;
beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi);
  origin = runtime.url.replace(/\/graphql$/, '');
  // The official client, pointed at the local runtime as at AWS: SigV4-signed REST-JSON.
  client = new AppSyncClient({
    endpoint: origin,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client?.destroy();
  await runtime?.stop();
});

const evaluate = (code: string, context: unknown = {}, fn: 'request' | 'response' = 'request'): Promise<EvaluateCodeCommandOutput> =>
  client.send(
    new EvaluateCodeCommand({
      runtime: { name: 'APPSYNC_JS', runtimeVersion: '1.0.0' },
      code,
      context: typeof context === 'string' ? context : JSON.stringify(context),
      function: fn,
    }),
  );

/** The response without the SDK's $metadata. */
const bodyOf = ({ $metadata: _, ...body }: EvaluateCodeCommandOutput) => body;

describe('EvaluateCode through @aws-sdk/client-appsync', () => {
  it('returns the handler value as compact JSON text, with empty logs, stash and outErrors', async () => {
    const code = `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  return { operation: 'GetItem', key: util.dynamodb.toMapValues({ id: ctx.args.id }) };
}
export function response(ctx) { return ctx.result; }
`;

    const out = await evaluate(code, { arguments: { id: 'a1' } });

    expect(bodyOf(out)).toEqual({
      evaluationResult: '{"operation":"GetItem","key":{"id":{"S":"a1"}}}',
      logs: [],
      stash: '{}',
      outErrors: '[]',
    });
  });

  it('evaluates the response function against ctx.result, and JSON-encodes a returned string again', async () => {
    const out = await evaluate(
      'export function request(ctx) { return {}; }\nexport function response(ctx) { return ctx.result.name; }\n',
      { result: { name: 'n' } },
      'response',
    );

    expect(out.evaluationResult).toBe('"n"');
  });

  it('reports console output in logs and the stash after the handler', async () => {
    const code = `export function request(ctx) {
  ctx.stash.seen = ctx.args.n;
  console.log('n is', ctx.args.n);
  console.error({ bad: true });
  return null;
}
`;

    const out = await evaluate(code, { arguments: { n: 2 }, stash: { before: 1 } });

    expect(bodyOf(out)).toEqual({
      evaluationResult: 'null',
      logs: ['n is 2', '{"bad":true}'],
      stash: '{"before":1,"seen":2}',
      outErrors: '[]',
    });
  });

  it('reports util.error as error.message with no evaluationResult', async () => {
    const code = `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  util.error('Out of stock', 'OutOfStock', { sku: 1 });
  return {};
}
`;

    const out = await evaluate(code);

    expect(out.error).toEqual({ message: 'Out of stock' });
    expect(out.evaluationResult).toBeUndefined();
  });

  it('reports util.unauthorized as Unauthorized', async () => {
    const out = await evaluate(
      `import { util } from '@aws-appsync/utils';\nexport function request(ctx) { util.unauthorized(); return {}; }\n`,
    );

    expect(out.error?.message).toBe('Unauthorized');
  });

  it('keeps the value and returns appended errors in outErrors', async () => {
    const code = `import { util } from '@aws-appsync/utils';
export function response(ctx) {
  util.appendError('partial failure', 'Partial', { id: 1 }, { hint: 'x' });
  util.appendError('second');
  return ctx.result;
}
`;

    const out = await evaluate(code, { result: { id: 1 } }, 'response');

    expect(out.evaluationResult).toBe('{"id":1}');
    expect(JSON.parse(out.outErrors!)).toEqual([
      { message: 'partial failure', errorType: 'Partial', data: { id: 1 }, errorInfo: { hint: 'x' } },
      { message: 'second', errorType: null, data: null, errorInfo: null },
    ]);
  });

  it('returns the value given to runtime.earlyReturn as the result', async () => {
    const code = `import { runtime } from '@aws-appsync/utils';
export function request(ctx) {
  if (ctx.args.cached) runtime.earlyReturn({ from: 'cache' });
  return { operation: 'GetItem' };
}
`;

    const out = await evaluate(code, { arguments: { cached: true } });

    expect(out.evaluationResult).toBe('{"from":"cache"}');
    expect(out.error).toBeUndefined();
  });

  it('reports an exception raised while the code runs as code.js:LINE:COL: message', async () => {
    const code = `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  const text = ctx.args.text;
  return { decoded: util.base64Decode(text), length: ctx.args.missing.length };
}
`;

    const out = await evaluate(code, { arguments: { text: 'aGk=' } });

    expect(out.error?.message).toMatch(/^code\.js:4:\d+: .*length/);
    expect(out.evaluationResult).toBeUndefined();
  });

  it('answers code the static checks reject with PARSE_ERROR codeErrors and their locations, without running it', async () => {
    const code = `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  console.log('never');
  return { at: util.time.epochSecondsToISO8601(1) };
}
`;

    const out = await evaluate(code);

    const text =
      "code.js(4,26): error TS2551: Property 'epochSecondsToISO8601' does not exist on type 'TimeUtils'. Did you mean 'epochMilliSecondsToISO8601'?";
    expect(bodyOf(out)).toEqual({
      error: { message: text, codeErrors: [{ errorType: 'PARSE_ERROR', value: text, location: { line: 4, column: 26, span: 21 } }] },
    });
  });

  it('reports APPSYNC_JS lint failures the same way', async () => {
    const out = await evaluate('export function request(ctx) {\n  return /a+/.test(ctx.args.s);\n}\n');

    expect(out.error?.codeErrors).toEqual([
      {
        errorType: 'PARSE_ERROR',
        value: 'code.js(2,10): error @aws-appsync/no-regex: Regex literals are not supported.',
        location: expect.objectContaining({ line: 2, column: 10 }),
      },
    ]);
  });

  it('refuses a context that is not JSON with BadRequestException', async () => {
    const failure = await evaluate('export function request(ctx) { return {}; }\n', '{not json').catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(BadRequestException);
    expect((failure as BadRequestException).$metadata.httpStatusCode).toBe(400);
    expect((failure as BadRequestException).message).toMatch(/context/);
  });

  it('refuses an unknown runtime and an unknown function with BadRequestException', async () => {
    const badRuntime = await client
      .send(
        new EvaluateCodeCommand({
          runtime: { name: 'APPSYNC_JS', runtimeVersion: '2.0.0' },
          code: 'x',
          context: '{}',
          function: 'request',
        }),
      )
      .catch((e: unknown) => e);
    const badFunction = await evaluate('export function request(ctx) { return {}; }\n', {}, 'teardown' as 'request').catch(
      (e: unknown) => e,
    );

    expect(badRuntime).toBeInstanceOf(BadRequestException);
    expect(badFunction).toBeInstanceOf(BadRequestException);
  });

  it('refuses a mock identity of no AppSync shape, as AWS does', async () => {
    const failure = await evaluate('export function request(ctx) { return {}; }\n', { identity: { handlerContext: {} } }).catch(
      (e: unknown) => e,
    );

    expect((failure as Error).message).toBe('The following properties in your mock context object failed validation: ctx.identity');
  });

  it('reads the authorization mode off the mock identity for util.authType', async () => {
    const code = `import { util } from '@aws-appsync/utils';\nexport function request(ctx) { return util.authType(); }\n`;

    const lambda = await evaluate(code, { identity: { resolverContext: { user: 'u' } } });
    const apiKey = await evaluate(code, { identity: null });

    expect(lambda.evaluationResult).toBe('"Lambda Authorization"');
    expect(apiKey.evaluationResult).toBe('"API Key Authorization"');
  });
});

describe('the EvaluateCode endpoint over plain HTTP', () => {
  it('answers malformed requests with the REST-JSON error shape and x-amzn-errortype', async () => {
    const res = await post(
      `${origin}/v1/dataplane-evaluatecode`,
      '{"runtime":{"name":"VTL","runtimeVersion":"1.0.0"},"code":"x","context":"{}"}',
      {
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/appsync/aws4_request, SignedHeaders=host;x-amz-date, Signature=00',
      },
    );

    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    expect(res.body).toEqual({
      message:
        "1 validation error detected: Value 'VTL' at 'runtime.name' failed to satisfy constraint: Member must satisfy enum value set: [APPSYNC_JS]",
    });
  });

  it('refuses an unsigned request as AWS does', async () => {
    const res = await post(`${origin}/v1/dataplane-evaluatecode`, '{}');

    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
  });
});
