import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { startSdkRuntime } from './support.ts';

const run = promisify(execFile);
const SDK_DIR = path.join(PROJECT_ROOT, 'sdk');
const TSC = path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');

/**
 * The package directories a package needs at run time, itself and its dependencies, found as
 * Node finds them from the repository's node_modules (what `npm ci` brought).
 */
function dependencyClosure(names: string[], from = PROJECT_ROOT, found = new Set<string>()): Set<string> {
  for (const name of names) {
    let dir = from;
    while (!existsSync(path.join(dir, 'node_modules', name, 'package.json'))) {
      if (path.dirname(dir) === dir) throw new Error(`${name} is not installed`);
      dir = path.dirname(dir);
    }
    const packageDir = path.join(dir, 'node_modules', name);
    if (found.has(packageDir)) continue;
    found.add(packageDir);
    dependencyClosure(
      Object.keys(JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).dependencies ?? {}),
      packageDir,
      found,
    );
  }
  return found;
}

const sdkManifest = () => JSON.parse(readFileSync(path.join(SDK_DIR, 'package.json'), 'utf8'));

/** A front end's code: a typed query and a typed error switch; the lines under @ts-expect-error must not compile. */
const program = (url: string, apiKey: string) => `
import { createClient, ShopBySlugDocument, type ShopBySlugQuery } from '@videoshops/sdk';
import { UpdateViewerCountDocument } from '@videoshops/sdk/backend';

const client = createClient({ url: ${JSON.stringify(url)}, auth: { type: 'apiKey', apiKey: ${JSON.stringify(apiKey)} } });
const { data, errors } = await client.query(ShopBySlugDocument, { slug: 'cora-cooks' });
const shop: ShopBySlugQuery['shopBySlug'] | undefined = data?.shopBySlug;
const explained = errors.map((error) => {
  switch (error.errorType) {
    case 'UNAVAILABLE':
      return 'retry';
    default:
      return 'failed';
  }
});
export const neverCalled = async () => {
  // @ts-expect-error slug is a String
  await client.query(ShopBySlugDocument, { slug: 42 });
  // @ts-expect-error ShopBySlug selects title, not titel
  void data?.shopBySlug?.titel;
};
console.log(JSON.stringify({ title: shop?.title, explained, backend: UpdateViewerCountDocument.kind }));
`;

const TSCONFIGS = {
  // tsc --init's module settings for Node, strict, and the libraries' declarations checked too
  'tsconfig.nodenext.json': { compilerOptions: { module: 'nodenext', target: 'esnext', strict: true, outDir: 'dist' }, include: ['src'] },
  // a bundler's (Vite, Next.js)
  'tsconfig.bundler.json': {
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', strict: true, noEmit: true },
    include: ['src'],
  },
};

let runtime: LocalRuntime;
let scratch: string;
beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'videoshops-sdk-'));
  [runtime] = await Promise.all([startSdkRuntime(), run('npm', ['run', '-s', 'sdk:build'], { cwd: PROJECT_ROOT })]);
}, 120_000);
afterAll(async () => {
  await runtime?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('The packed @videoshops/sdk', () => {
  it('imports, in what it publishes, only its own files and its declared dependencies', () => {
    // Prepare
    const manifest = sdkManifest();
    const allowed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
    const files = readdirSync(path.join(SDK_DIR, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|d\.ts)$/.test(f));
    // Act
    const specifiers = files.flatMap((file) =>
      ts.preProcessFile(readFileSync(path.join(SDK_DIR, 'dist', file), 'utf8')).importedFiles.map((imported) => imported.fileName),
    );
    // Assess
    expect(files).toContain('index.d.ts');
    expect(specifiers).toContain('@smithy/signature-v4');
    expect(specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../') && !allowed.has(s))).toEqual([]);
    expect(specifiers.filter((s) => s.startsWith('.') && !s.endsWith('.js'))).toEqual([]);
  });

  it('installs into a fresh project without the network, type-checks under strict nodenext and bundler configs, and runs a query', async () => {
    // Prepare: the SDK's tarball, and tarballs of its dependencies as npm ci installed them
    const manifest = sdkManifest();
    const dependencies = [...dependencyClosure([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)])];
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch, SDK_DIR, ...dependencies], { cwd: scratch });
    writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    for (const [file, config] of Object.entries(TSCONFIGS)) writeFileSync(path.join(scratch, file), JSON.stringify(config));
    const tarballs = readdirSync(scratch).filter((f) => f.endsWith('.tgz'));
    // Act
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs.map((t) => `./${t}`)], {
      cwd: scratch,
    });
    await run('mkdir', ['-p', path.join(scratch, 'src')]);
    writeFileSync(path.join(scratch, 'src/main.ts'), program(runtime.url, runtime.apiKey));
    const checks = await Promise.all(
      Object.keys(TSCONFIGS).map((config) =>
        run(process.execPath, [TSC, '-p', config], { cwd: scratch }).then(
          () => 'ok',
          (e) => e.stdout,
        ),
      ),
    );
    const { stdout } = await run(process.execPath, ['dist/main.js'], { cwd: scratch });
    // Assess
    expect(tarballs).toContain(`videoshops-sdk-${manifest.version}.tgz`);
    expect(checks).toEqual(['ok', 'ok']);
    expect(JSON.parse(stdout)).toEqual({ title: 'Cora Cooks', explained: [], backend: 'Document' });
  }, 120_000);
});
