import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LambdaFunctionDeclaration } from '../../model/declaration.ts';
import { bundleLambda } from '../../model/bundle/lambdas.ts';
import { allFunctionSettings, LambdaConfigurationError, type FunctionHostEnvironment } from '../../model/lambda-environment.ts';
import { LocalFunction } from './local-function.ts';

/**
 * Placeholder credentials for handlers when the runtime has no local IAM to mint a role's
 * credentials from. They are clearly local and sign requests for local endpoints only.
 */
export const PLACEHOLDER_LAMBDA_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'LOCALLAMBDAKEY',
  AWS_SECRET_ACCESS_KEY: 'local-lambda-secret',
  AWS_SESSION_TOKEN: 'local-lambda-session',
} as const;

export interface LambdaHostOptions {
  functions: LambdaFunctionDeclaration[];
  region: string;
  accountId: string;
  /**
   * Service id → local endpoint: `{ DYNAMODB: 'http://localhost:8000' }` becomes `AWS_ENDPOINT_URL_DYNAMODB`.
   * Read each time an execution environment starts, so endpoints known later may be added.
   */
  serviceEndpoints: Record<string, string>;
  tableName: (logical: string) => string;
  /** The GraphQL endpoint, state machines and payment provider functions may reach; filled in once known. */
  resources?: FunctionHostEnvironment['resources'];
  /** The SDK credential variables of a function's role (default: PLACEHOLDER_LAMBDA_CREDENTIALS). */
  credentialsFor?: (functionName: string) => Record<string, string>;
  /** Each line a function logs (default: written to stdout with the function's name). */
  onLog?: (functionName: string, line: string) => void;
  maxConcurrency?: number;
  /** Waits before each retry of a failed Event invocation (default: Lambda's one and two minutes). */
  asyncRetryDelaysMs?: readonly number[];
}

/** The declared Lambda functions, bundled and ready to be invoked locally. */
export interface LambdaHost {
  get(name: string): LocalFunction;
  readonly functions: ReadonlyMap<string, LocalFunction>;
  stop(): Promise<void>;
}

/**
 * Bundles every declared function as CDK deploys it and gives each its own pool of execution
 * environments. Bundles live in a private temporary folder removed by `stop()`.
 */
export async function startLambdaHost(options: LambdaHostOptions): Promise<LambdaHost> {
  const settings = allFunctionSettings(options.functions);
  const workDir = await mkdtemp(path.join(tmpdir(), 'videoshops-lambda-'));
  try {
    // Functions of the same entry share one bundle (each still loads it in its own environments).
    const byEntry = new Map<string, Promise<string>>();
    const bundleOf = (entry: string) => {
      if (!byEntry.has(entry)) byEntry.set(entry, bundleLambda(entry, path.join(workDir, String(byEntry.size))));
      return byEntry.get(entry)!;
    };
    const bundles = await Promise.all(options.functions.map((fn) => bundleOf(fn.entry)));
    const onLog = options.onLog ?? ((name: string, line: string) => process.stdout.write(`[lambda ${name}] ${line}\n`));
    const functions = new Map(
      settings.map((s, i) => [
        s.name,
        new LocalFunction({
          settings: s,
          bundleFile: bundles[i]!,
          onLog,
          maxConcurrency: options.maxConcurrency,
          asyncRetryDelaysMs: options.asyncRetryDelaysMs,
          host: {
            region: options.region,
            accountId: options.accountId,
            credentials: options.credentialsFor?.(s.name) ?? { ...PLACEHOLDER_LAMBDA_CREDENTIALS },
            serviceEndpoints: options.serviceEndpoints,
            tableName: options.tableName,
            resources: options.resources,
            taskRoot: path.dirname(bundles[i]!),
          },
        }),
      ]),
    );
    return {
      functions,
      get(name) {
        const fn = functions.get(name);
        if (!fn) throw new LambdaConfigurationError(`No Lambda function '${name}' is declared.`);
        return fn;
      },
      async stop() {
        await Promise.allSettled([...functions.values()].map((fn) => fn.stop()));
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await rm(workDir, { recursive: true, force: true });
    throw e;
  }
}
