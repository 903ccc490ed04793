import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request, type Server } from 'node:http';
import { createHttpServer, listen } from '../../local/http/server.ts';
import { webRoute } from '../../local/web/route.ts';
import { webBuild, type WebBuild } from '../../local/web/build.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';

/** A build in one of its states: the route answers from whatever state it is in when a request arrives. */
let build: WebBuild;
const state = (dir: string | undefined, failure?: Error): WebBuild => ({
  ready: Promise.resolve(dir ?? ''),
  dir: () => dir,
  failure: () => failure,
  stop: () => {},
});

let server: Server;
let origin: string;
let built: string;

beforeAll(async () => {
  built = mkdtempSync(path.join(tmpdir(), 'web-pages-'));
  mkdirSync(path.join(built, 'assets'));
  writeFileSync(path.join(built, 'index.html'), '<title>app</title>');
  writeFileSync(path.join(built, 'console.html'), '<title>console</title>');
  writeFileSync(path.join(built, 'assets', 'app-1234.js'), 'export {};');
  server = createHttpServer([], [webRoute({ build: () => build, outputs: () => ({ data: { url: 'http://127.0.0.1/graphql' } }) })]);
  origin = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});

const rawGet = (pathname: string) =>
  new Promise<number>((resolve, reject) =>
    request(`${origin}/`, { path: pathname }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    })
      .on('error', reject)
      .end(),
  );

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  rmSync(built, { recursive: true, force: true });
});

describe('the web pages', () => {
  it('answers a page that reloads itself while the build for the current sources runs', async () => {
    // Arrange
    build = state(undefined);

    // Act
    const response = await fetch(`${origin}/`);

    // Assess
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.text()).toContain('<meta http-equiv="refresh" content="1">');
  });

  it("answers with the build's output when it failed", async () => {
    // Arrange
    build = state(undefined, new Error("The web app's build failed:\nsrc/app/App.tsx: Unexpected token"));

    // Act
    const response = await fetch(`${origin}/console`);

    // Assess
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('src/app/App.tsx: Unexpected token');
  });

  it('serves the app, the console (which no page may frame), hashed assets for a year, and the configuration', async () => {
    // Arrange
    build = state(built);

    // Act
    const [app, console, asset, outputs] = await Promise.all(
      ['/', '/console', '/assets/app-1234.js', '/amplify_outputs.json'].map((p) => fetch(`${origin}${p}`)),
    );

    // Assess
    expect(await app.text()).toBe('<title>app</title>');
    expect(await console.text()).toBe('<title>console</title>');
    expect(console.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=UTF-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await outputs.json()).toEqual({ data: { url: 'http://127.0.0.1/graphql' } });
  });

  it('serves nothing outside the build, and leaves other paths to the API', async () => {
    // Arrange
    build = state(built);

    // Act: each path as sent, which browsers and fetch would have normalized.
    const answers = await Promise.all(['/assets/../../../etc/passwd', '/assets/missing.js', '/graphql', '/shops'].map(rawGet));

    // Assess
    expect(answers).toEqual([404, 404, 404, 404]);
  });
});

describe('the web build', () => {
  it('is kept per state of its sources: a second start with the same sources has it at once', async () => {
    // Arrange
    const stateDir = path.join(PROJECT_ROOT, '.videoshops');
    const dir = await webBuild(stateDir).ready;

    // Act
    const again = webBuild(stateDir);

    // Assess
    expect(again.dir()).toBe(dir);
  }, 120_000);
});
