import { DEFAULT_CACHE_DIR, DiagnosticsCache } from './cache.ts';
import { checkCodeSize } from './code-size.ts';
import { byPosition, type CodeDiagnostic } from './diagnostic.ts';
import { cacheKeyOf } from './fingerprint.ts';

export type { CodeDiagnostic } from './diagnostic.ts';
export { MAX_CODE_LENGTH } from './code-size.ts';

export interface StaticCheckOptions {
  /** Where results are kept between runs, keyed by code and toolchain; `false` disables the cache. */
  cacheDir?: string | false;
  /** Told the names of the files actually checked, i.e. not answered from the cache. */
  onCheck?: (names: string[]) => void;
}

/**
 * The checks AppSync runs on APPSYNC_JS code before accepting it (deploy time and
 * EvaluateCode): the size limit, a type-check against the `@aws-appsync/utils` declarations
 * and the APPSYNC_JS lint rules. Checks many bundles at once (one TS program); returns
 * diagnostics per file name (empty array = clean).
 */
export async function checkResolverCode(
  files: { name: string; code: string }[],
  options: StaticCheckOptions = {},
): Promise<Map<string, CodeDiagnostic[]>> {
  const cache = options.cacheDir === false ? undefined : new DiagnosticsCache(options.cacheDir ?? DEFAULT_CACHE_DIR);
  const keyOfName = new Map(files.map(({ name, code }) => [name, cacheKeyOf(code)]));
  const known = new Map<string, CodeDiagnostic[]>();
  const pending = new Map<string, { code: string; names: string[] }>();
  for (const { name, code } of files) {
    const key = keyOfName.get(name)!;
    if (known.has(key)) continue;
    const cached = cache?.get(key);
    if (cached) known.set(key, cached);
    else if (pending.has(key)) pending.get(key)!.names.push(name);
    else pending.set(key, { code, names: [name] });
  }

  if (pending.size > 0) {
    options.onCheck?.([...pending.values()].flatMap((p) => p.names));
    for (const [key, diagnostics] of await checkUncached(pending)) {
      known.set(key, diagnostics);
      cache?.set(key, diagnostics);
    }
  }
  return new Map(files.map(({ name }) => [name, known.get(keyOfName.get(name)!)!]));
}

async function checkUncached(pending: Map<string, { code: string }>): Promise<Map<string, CodeDiagnostic[]>> {
  // TypeScript and ESLint take a second to load: only code the cache has no answer for needs them.
  const [{ createResolverProgram, virtualPathOf }, { typeCheck }, { lintDiagnostics }] = await Promise.all([
    import('./program.ts'),
    import('./type-check.ts'),
    import('./lint.ts'),
  ]);
  const pathOfKey = new Map([...pending.keys()].map((key, index) => [key, virtualPathOf(String(index))]));
  const program = createResolverProgram(new Map([...pending].map(([key, { code }]) => [pathOfKey.get(key)!, code])));
  const results = new Map<string, CodeDiagnostic[]>();
  for (const [key, { code }] of pending) {
    const fileName = pathOfKey.get(key)!;
    const types = typeCheck(program, fileName);
    const lint = types.parses ? lintDiagnostics(program, fileName, code) : [];
    results.set(key, [...checkCodeSize(code), ...types.diagnostics, ...lint].sort(byPosition));
  }
  return results;
}
