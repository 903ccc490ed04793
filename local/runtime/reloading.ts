import type { ApiDeclaration, DataSourceDeclaration } from '../../model/declaration.ts';
import { loadApis, type LoadContext, type LoadedApis } from '../api-loader.ts';
import type { DataSource } from '../datasources/types.ts';
import type { LambdaHost } from '../lambda/host.ts';
import { watchForChanges, watchedPaths } from '../watch.ts';

export interface CodeOptions {
  api: ApiDeclaration;
  /** How each load bundles, checks and builds its executors; its data sources come from `createDataSource`. */
  context: Omit<LoadContext, 'createDataSource' | 'progress'>;
  /** Bundles the declared Lambda functions anew and hosts them. */
  startLambdas: () => Promise<LambdaHost>;
  /** A declared data source, invoking the given host's functions. */
  createDataSource: (ds: DataSourceDeclaration, lambdas: LambdaHost) => DataSource;
  progress: (message: string) => void;
  onReload?: (outcome: { ok: true } | { ok: false; error: Error }) => void;
}

/** The API's code as it is served: one consistent version of its resolvers and Lambda functions. */
export interface ServedCode {
  readonly apis: LoadedApis;
  readonly lambdas: LambdaHost;
  /** Loads everything anew and swaps it in whole; a load that fails is reported and the last good version keeps serving. */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

interface Version {
  apis: LoadedApis;
  lambdas: LambdaHost;
}

/**
 * Bundles the Lambda functions while the resolvers are bundled and checked: a version is both
 * or neither, and nothing of a version that failed is left running.
 */
async function loadVersion(options: CodeOptions, reuse: LambdaHost | undefined, progress?: (message: string) => void): Promise<Version> {
  const lambdas = reuse ? Promise.resolve(reuse) : options.startLambdas();
  const createDataSource = lambdas.then((host) => (ds: DataSourceDeclaration) => options.createDataSource(ds, host));
  // Awaited by loadApis only once the code passed its checks; a failure is reported through `lambdas` below.
  createDataSource.catch(() => {});
  try {
    const apis = await loadApis(options.api, { ...options.context, createDataSource, progress });
    return { apis, lambdas: await lambdas };
  } catch (e) {
    if (!reuse)
      await lambdas.then(
        (host) => host.stop(),
        () => {},
      );
    throw e;
  }
}

async function stopVersion(version: Version) {
  await Promise.all([...version.apis.dataSources.map((ds) => ds.close?.()), version.apis.sandbox.close()]);
  await version.lambdas.stop();
}

/** A replaced version: requests still running on it finish on it. */
async function retireVersion(version: Version, keptLambdas: LambdaHost) {
  version.apis.sandbox.retire();
  try {
    await Promise.all(version.apis.dataSources.map((ds) => ds.close?.()));
    if (version.lambdas !== keptLambdas) await version.lambdas.stop();
  } catch {
    // The new version serves already: what the old one fails to release cannot undo that.
  }
}

/** Loads the API's code; `reload` replaces it while requests keep being served. */
export async function loadServedCode(options: CodeOptions): Promise<ServedCode> {
  const lambdaCount = options.api.lambdaFunctions?.length ?? 0;
  if (lambdaCount) options.progress(`Bundling ${lambdaCount} Lambda functions as CDK deploys them`);
  let current = await loadVersion(options, undefined, options.progress);
  return {
    get apis() {
      return current.apis;
    },
    get lambdas() {
      return current.lambdas;
    },
    async reload() {
      const started = performance.now();
      let next: Version;
      try {
        // Without Lambda functions there is nothing to bundle anew: the host is kept.
        next = await loadVersion(options, lambdaCount ? undefined : current.lambdas);
      } catch (e) {
        options.onReload?.({ ok: false, error: e as Error });
        options.progress(`Reload failed; still serving the last good version.\n${(e as Error).message}`);
        return;
      }
      const previous = current;
      current = next;
      await retireVersion(previous, next.lambdas);
      options.onReload?.({ ok: true });
      options.progress(`Reloaded ${next.apis.bundleCount} resolver bundles in ${Math.round(performance.now() - started)} ms`);
    },
    stop: () => stopVersion(current),
  };
}

/** Reloads the code whenever the declaration's schemas, resolvers or Lambda handlers change; returns how to stop watching. */
export function reloadOnChange(api: ApiDeclaration, code: ServedCode): () => void {
  return watchForChanges(watchedPaths(api), () => code.reload());
}
