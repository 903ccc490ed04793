import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** Our own rules and options change results as much as a tool upgrade does. */
function sourcesDigest(dir: string): string {
  const hash = createHash('sha256');
  const visit = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|js)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
    }
  };
  visit(dir);
  return hash.digest('hex');
}

/**
 * Everything besides the code that decides a check's outcome. The versions come from the tools'
 * package.json files: loading TypeScript and ESLint takes a second, and a cache hit needs neither.
 */
export const TOOLCHAIN_FINGERPRINT = JSON.stringify({
  typescript: packageVersion('typescript'),
  eslint: packageVersion('eslint'),
  parser: packageVersion('@typescript-eslint/parser'),
  plugin: packageVersion('@aws-appsync/eslint-plugin'),
  utils: packageVersion('@aws-appsync/utils'),
  checker: sourcesDigest(import.meta.dirname),
});

export function cacheKeyOf(code: string): string {
  return createHash('sha256').update(TOOLCHAIN_FINGERPRINT).update('\0').update(code).digest('hex');
}
