import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startTestRuntime } from '../support/runtime.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
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

describe('npm run token', () => {
  it('prints a token the running API accepts, for a demo user with their groups or for a new user with the groups asked for', async () => {
    // Prepare
    const stateDir = mkdtempSync(path.join(tmpdir(), 'token-'));
    const runtime = await startTestRuntime(fixtureApi, { stateDir });
    runtimes.push(runtime);
    const common = ['--api', 'fixture', '--port', String(runtime.port), '--state-dir', stateDir];

    // Act
    const demo = await identityWith(runtime, await tokenCommand(['cora.creator', ...common]));
    const promoted = await identityWith(runtime, await tokenCommand(['cora.creator', '--groups', 'creators,admins', ...common]));
    const newcomer = await identityWith(runtime, await tokenCommand(['new.brand', '--groups', 'brands', '--access', ...common]));

    // Assess
    expect(demo).toMatchObject({ username: 'cora.creator', groups: ['creators'] });
    expect(promoted).toMatchObject({ sub: demo.sub, groups: ['creators', 'admins'] });
    expect(newcomer).toMatchObject({ username: 'new.brand', groups: ['brands'] });
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
});
