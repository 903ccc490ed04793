import { HandlerError } from '../appsync-js/sandbox.ts';
import { REQUEST_TIME_LIMIT_MS, type IsolatedSandbox, type LoadedCode } from '../appsync-js/isolation/isolated-sandbox.ts';
import { ModuleFormatError } from '../appsync-js/module-wrapper.ts';
import { newScope, type EvaluationScope } from '../appsync-js/scope.ts';
import { SignalError } from '../appsync-js/signals.ts';
import { checkResolverCode, type CodeDiagnostic } from '../appsync-js/static-check/check.ts';
import { DocumentCache } from '../graphql/document-cache.ts';
import { authModeOfIdentity } from '../appsync-js/util/auth-type.ts';
import { parseEvaluateCodeRequest } from './request.ts';

/** One problem found by the static checks, as EvaluateCode reports it. */
export interface CodeError {
  errorType: 'PARSE_ERROR';
  value: string;
  location: { line: number; column: number; span: number };
}

/** EvaluateCode's response body (HTTP 200 even when the code fails). */
export interface EvaluateCodeResponse {
  evaluationResult?: string;
  error?: { message: string; codeErrors?: CodeError[] };
  logs?: string[];
  stash?: string;
  outErrors?: string;
}

export interface CodeEvaluatorOptions {
  /** Static-check results cache (see checkResolverCode); `false` disables it. */
  cacheDir?: string | false;
  /** How long one evaluation may run (default: AppSync's request limit). */
  timeLimitMs?: number;
}

/** Every submitted module is `code.js` to AppSync; positions in messages name it so. */
const FILE = 'code.js';

/**
 * AppSync's EvaluateCode: the code is checked as at deploy (type-check and APPSYNC_JS lint
 * rules), then one handler runs against the mock context in the runtime's sandbox, with the
 * module's top level evaluated afresh as for every resolution.
 */
export class CodeEvaluator {
  /** Compiled modules by code text: a module is compiled once however often it is evaluated. */
  private readonly loaded = new DocumentCache<LoadedCode | HandlerError>(200);

  constructor(
    private readonly sandbox: IsolatedSandbox,
    private readonly options: CodeEvaluatorOptions = {},
  ) {}

  /** Evaluates a raw request body; throws BadRequestException for a malformed request. */
  async evaluateBody(body: string): Promise<EvaluateCodeResponse> {
    const { request, context } = parseEvaluateCodeRequest(body);
    return this.evaluate(request.code, request.function, context);
  }

  async evaluate(code: string, handler: 'request' | 'response', context: Record<string, unknown>): Promise<EvaluateCodeResponse> {
    const diagnostics = (await checkResolverCode([{ name: FILE, code }], { cacheDir: this.options.cacheDir })).get(FILE)!;
    if (diagnostics.length) return { error: codeErrorsOf(diagnostics) };

    const module = this.load(code);
    if (module instanceof HandlerError) return { error: { message: positioned(module) } };

    const scope = scopeFor(context);
    const ctx = this.sandbox.createContext({ arguments: {}, stash: {}, ...context });
    const outputs = (stash: unknown) => ({
      logs: [...scope.logs],
      stash: JSON.stringify(stash ?? {}),
      outErrors: JSON.stringify(
        scope.appendedErrors.map((e) => ({
          message: e.message,
          errorType: e.errorType ?? null,
          data: e.data ?? null,
          errorInfo: e.errorInfo ?? null,
        })),
      ),
    });
    const deadline = Date.now() + (this.options.timeLimitMs ?? REQUEST_TIME_LIMIT_MS);
    try {
      const { value, failure, stash } = await this.sandbox.run(module, handler, ctx, scope, { deadline, readStash: true });
      if (!failure) return { evaluationResult: JSON.stringify(value ?? null), ...outputs(stash) };
      if (failure instanceof SignalError) {
        const { signal } = failure;
        if (signal.kind === 'earlyReturn') return { evaluationResult: JSON.stringify(signal.value ?? null), ...outputs(stash) };
        return { error: { message: signal.kind === 'error' ? signal.message : 'Unauthorized' }, ...outputs(stash) };
      }
      return { error: { message: failure instanceof HandlerError ? positioned(failure) : failure.message }, ...outputs(stash) };
    } finally {
      this.sandbox.release(ctx);
    }
  }

  private load(code: string): LoadedCode | HandlerError {
    return this.loaded.getOrCreate(code, () => {
      try {
        return this.sandbox.load(FILE, code);
      } catch (e) {
        if (e instanceof HandlerError) return e;
        if (e instanceof ModuleFormatError) return new HandlerError(e.message, FILE, e.line, e.column);
        throw e;
      }
    });
  }
}

function codeErrorsOf(diagnostics: CodeDiagnostic[]): NonNullable<EvaluateCodeResponse['error']> {
  return {
    message: diagnostics.map((d) => d.text).join('\n'),
    codeErrors: diagnostics.map((d) => ({
      errorType: 'PARSE_ERROR',
      value: d.text,
      location: { line: d.line, column: d.column, span: d.span },
    })),
  };
}

/** `code.js:LINE:COL: message`, AppSync's form for an exception raised while the code runs. */
const positioned = (e: HandlerError) => (e.line ? `${FILE}:${e.line}:${e.column ?? 0}: ${e.message}` : e.message);

function scopeFor(context: Record<string, unknown>): EvaluationScope {
  const scope = newScope(authModeOfIdentity(context.identity));
  const parentTypeName = (context.info as { parentTypeName?: unknown } | undefined)?.parentTypeName;
  if (parentTypeName === 'Mutation') scope.operationType = 'mutation';
  else if (parentTypeName === 'Subscription') scope.operationType = 'subscription';
  else if (parentTypeName === 'Query') scope.operationType = 'query';
  return scope;
}
