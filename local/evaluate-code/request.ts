import { MAX_CODE_LENGTH } from '../appsync-js/static-check/check.ts';

/** The body of `POST /v1/dataplane-evaluatecode`, as `EvaluateCodeCommand` sends it. */
export interface EvaluateCodeRequest {
  runtime: { name: 'APPSYNC_JS'; runtimeVersion: '1.0.0' };
  code: string;
  /** The mock `ctx`, as JSON text. */
  context: string;
  function: 'request' | 'response';
}

/**
 * A request AWS refuses before evaluating anything: HTTP 400 with the REST-JSON error shape.
 * Messages follow AWS's validation wording ("1 validation error detected: ...").
 */
export class BadRequestException extends Error {
  readonly errorType = 'BadRequestException';
  readonly status = 400;
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestException';
  }
}

/** EvaluateCode's `context`: Length Constraints: Minimum length of 2. Maximum length of 28000. */
export const MAX_CONTEXT_LENGTH = 28_000;

/** Identity keys AppSync accepts in a mock context: the union of `@aws-appsync/utils`' `AppSyncIdentity*` types (lib/index.d.ts). */
const IDENTITY_KEYS = new Set([
  'accountId',
  'cognitoIdentityPoolId',
  'cognitoIdentityId',
  'sourceIp',
  'username',
  'userArn',
  'cognitoIdentityAuthType',
  'cognitoIdentityAuthProvider',
  'sub',
  'issuer',
  'claims',
  'defaultAuthStrategy',
  'groups',
  'resolverContext',
]);

const invalid = (value: unknown, member: string, constraint: string) =>
  new BadRequestException(
    `1 validation error detected: Value ${describe(value)} at '${member}' failed to satisfy constraint: ${constraint}`,
  );

function describe(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.length > 64 ? `${text.slice(0, 64)}...` : text}'`;
}

/** Parses and validates the request body; throws BadRequestException as AWS would. */
export function parseEvaluateCodeRequest(body: string): { request: EvaluateCodeRequest; context: Record<string, unknown> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequestException('Unable to parse the request body as JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BadRequestException('Unable to parse the request body as JSON.');
  }
  const { runtime, code, context, function: fn } = parsed as Record<string, unknown>;
  if (runtime === null || typeof runtime !== 'object') throw invalid(runtime, 'runtime', 'Member must not be null');
  const { name, runtimeVersion } = runtime as Record<string, unknown>;
  if (name !== 'APPSYNC_JS') throw invalid(name, 'runtime.name', 'Member must satisfy enum value set: [APPSYNC_JS]');
  if (runtimeVersion !== '1.0.0')
    throw new BadRequestException(`Runtime version '${String(runtimeVersion)}' is not supported for runtime APPSYNC_JS.`);
  if (typeof code !== 'string') throw invalid(code, 'code', 'Member must not be null');
  if (code.length < 1) throw invalid(code, 'code', 'Member must have length greater than or equal to 1');
  if (code.length > MAX_CODE_LENGTH) throw invalid(code, 'code', `Member must have length less than or equal to ${MAX_CODE_LENGTH}`);
  if (typeof context !== 'string') throw invalid(context, 'context', 'Member must not be null');
  if (context.length < 2) throw invalid(context, 'context', 'Member must have length greater than or equal to 2');
  if (context.length > MAX_CONTEXT_LENGTH)
    throw invalid(context, 'context', `Member must have length less than or equal to ${MAX_CONTEXT_LENGTH}`);
  if (fn !== undefined && fn !== null && fn !== 'request' && fn !== 'response') {
    throw new BadRequestException(`Invalid function '${String(fn)}'. The valid values are request and response.`);
  }
  return {
    request: { runtime: { name, runtimeVersion }, code, context, function: (fn as 'request' | 'response' | undefined) ?? 'request' },
    context: parseContext(context),
  };
}

function parseContext(text: string): Record<string, unknown> {
  let context: unknown;
  try {
    context = JSON.parse(text);
  } catch (e) {
    throw new BadRequestException(`The context is not valid JSON: ${(e as Error).message}`);
  }
  if (context === null || typeof context !== 'object' || Array.isArray(context)) {
    throw new BadRequestException('The context must be a JSON object.');
  }
  const identity = (context as Record<string, unknown>).identity;
  const badIdentity =
    identity !== undefined &&
    identity !== null &&
    (typeof identity !== 'object' || Array.isArray(identity) || Object.keys(identity).some((k) => !IDENTITY_KEYS.has(k)));
  if (badIdentity) {
    // The text AWS answers with, as recorded by localstack/appsync-utils (authType.test.js).
    throw new BadRequestException('The following properties in your mock context object failed validation: ctx.identity');
  }
  return context as Record<string, unknown>;
}
