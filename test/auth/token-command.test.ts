import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { fixtureApi } from '../../model/fixture/api.ts';
import { postTrusting, startTestRuntime } from '../support/runtime.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { localUserPoolToken } from '../../local/auth/user-pool/offline-token.ts';
import { demoSub, demoUsers } from '../../demo/users.ts';
import { callAs } from './support.ts';

const run = promisify(execFile);
const runtimes: LocalRuntime[] = [];

afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((r) => r.stop()));
});

/** `npm run token -- <args>`, as a developer runs it (without npm's banner). */
async function tokenCommand(args: string[]): Promise<string> {
  const { stdout } = await run(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['local/token.ts', ...args], { cwd: PROJECT_ROOT });
  return stdout.trim();
}

async function identityWith(runtime: LocalRuntime, token: string) {
  const response = await callAs(runtime, { userPoolToken: token }, 'query { context { identity } }');
  expect(response.status).toBe(200);
  return JSON.parse(response.body.data.context.identity) as { sub: string; username: string; groups: string[] | null };
}

const identityQuery = JSON.stringify({ query: 'query { context { identity } }' });

describe('npm run token', () => {
  it('prints a token the running API accepts, for a demo user by e-mail or short name with their groups, or for a new user by e-mail', async () => {
    // Prepare
    const stateDir = mkdtempSync(path.join(tmpdir(), 'token-'));
    const runtime = await startTestRuntime(fixtureApi, { stateDir });
    runtimes.push(runtime);
    const common = ['--api', 'fixture', '--port', String(runtime.port), '--state-dir', stateDir];

    // Act
    const demo = await identityWith(runtime, await tokenCommand(['cora.creator@example.com', ...common]));
    const byShortName = await identityWith(runtime, await tokenCommand(['cora.creator', ...common]));
    const promoted = await identityWith(runtime, await tokenCommand(['cora.creator', '--groups', 'creators,admins', ...common]));
    const newcomerToken = await tokenCommand(['new.brand@example.com', '--groups', 'brands', '--access', ...common]);
    const newcomer = await identityWith(runtime, newcomerToken);

    // Assess: the username of an e-mail-as-username pool is the sub.
    expect(demo).toMatchObject({ sub: demoSub('cora.creator'), username: demoSub('cora.creator'), groups: ['creators'] });
    expect(byShortName).toMatchObject({ sub: demo.sub, username: demo.sub, groups: ['creators'] });
    expect(promoted).toMatchObject({ sub: demo.sub, groups: ['creators', 'admins'] });
    expect(newcomer).toMatchObject({ username: newcomer.sub, groups: ['brands'] });
    expect(demoUsers.map((u) => u.sub)).not.toContain(newcomer.sub);
  });

  it('prints tokens that stay valid when the API restarts, because the pool keeps its key', async () => {
    // Prepare
    const stateDir = mkdtempSync(path.join(tmpdir(), 'token-'));
    const first = await startTestRuntime(fixtureApi, { stateDir });
    const token = await tokenCommand(['sam.shopper', '--api', 'fixture', '--port', String(first.port), '--state-dir', stateDir]);
    const before = await identityWith(first, token);
    await first.stop();

    // Act
    const restarted = await startTestRuntime(fixtureApi, { stateDir, port: first.port });
    runtimes.push(restarted);
    const after = await identityWith(restarted, token);

    // Assess
    expect(after).toEqual(before);
  });

  it('prints a token an --https server accepts: it reads the running server’s scheme and port from the server', async () => {
    // Prepare
    const stateDir = mkdtempSync(path.join(tmpdir(), 'token-tls-'));
    const runtime = await startTestRuntime(fixtureApi, { stateDir, tls: true });
    runtimes.push(runtime);
    const ca = readFileSync(runtime.tlsCertificateFile!, 'utf8');

    // Act
    const token = await tokenCommand(['ada.admin', '--api', 'fixture', '--port', String(runtime.port), '--state-dir', stateDir]);
    const response = await postTrusting(ca, runtime.url, identityQuery, { authorization: token });

    // Assess
    expect(decodeJwt(token).iss).toBe(runtime.auth.userPool.issuer);
    expect(runtime.auth.userPool.issuer).toMatch(/^https:\/\//);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.data.context.identity)).toMatchObject({ sub: demoSub('ada.admin'), groups: ['admins'] });
  });
});

describe('A token made for another server', () => {
  it('is refused with AppSync’s bare Unauthorized, and the server log says why', async () => {
    // Prepare
    const stateDir = mkdtempSync(path.join(tmpdir(), 'token-log-'));
    const terminal = new PassThrough();
    let log = '';
    terminal.on('data', (chunk) => (log += chunk));
    const runtime = await startTestRuntime(fixtureApi, { stateDir, tls: true, logging: { level: 'ERROR', terminal } });
    runtimes.push(runtime);
    const origin = new URL(runtime.url).origin;
    // What the token command made before it asked the server: a token for http:// on the same port.
    const forHttp = await localUserPoolToken({
      who: 'sam.shopper',
      api: fixtureApi,
      region: runtime.auth.userPool.region,
      origin: origin.replace(/^https:/, 'http:'),
      stateDir,
      users: demoUsers,
    });

    // Act
    const response = await postTrusting(readFileSync(runtime.tlsCertificateFile!, 'utf8'), runtime.url, identityQuery, {
      authorization: forHttp,
    });

    // Assess
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ errors: [{ errorType: 'UnauthorizedException', message: 'Unauthorized' }] });
    expect(log).toContain(
      `✗ UnauthorizedException: Unauthorized  (refused: the token's issuer is ${origin.replace(/^https:/, 'http:')}/${runtime.auth.userPool.id}, this pool's is ${runtime.auth.userPool.issuer})`,
    );
  });
});
