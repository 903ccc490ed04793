import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startTestRuntime } from '../support/runtime.ts';

const stateDir = mkdtempSync(path.join(tmpdir(), 'realtime-tls-'));
let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { tls: true, stateDir });
});

afterAll(async () => {
  await runtime?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

/** Runs the Amplify front end in its own Node process that trusts the runtime's certificate. */
function runAmplifyClient(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'amplify-wss-client.ts')], {
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: runtime.tlsCertificateFile,
        ENDPOINT: runtime.url,
        API_KEY: runtime.apiKey,
        POOL_ID: runtime.auth.userPool.id,
        CLIENT_ID: runtime.auth.userPool.clientId,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('HTTPS and WSS with a generated certificate', () => {
  it('serves https:// and wss:// for localhost and 127.0.0.1 with a certificate kept in the state folder', () => {
    const certificate = new X509Certificate(readFileSync(runtime.tlsCertificateFile!));

    expect(runtime.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(runtime.realtimeUrl).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/graphql\/realtime$/);
    expect(runtime.tlsCertificateFile!.startsWith(stateDir)).toBe(true);
    expect(certificate.checkHost('localhost')).toBe('localhost');
    expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
  });

  it('answers GraphQL over HTTPS to a client that trusts the certificate', async () => {
    const body = JSON.stringify({ query: '{ echo(message: "over tls") }' });
    const answer = await new Promise<string>((resolve, reject) => {
      const req = request(
        runtime.url,
        {
          method: 'POST',
          ca: readFileSync(runtime.tlsCertificateFile!),
          headers: { 'content-type': 'application/json', 'x-api-key': runtime.apiKey },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

    expect(JSON.parse(answer)).toEqual({ data: { echo: 'over tls' } });
  });
});

describe('Amplify JS v6, unmodified, against the local wss:// endpoint', () => {
  it('receives the events of mutations made through the API, with the API key and as a signed-in user', async () => {
    // Act
    const { code, output } = await runAmplifyClient();

    // Assess
    const result = JSON.parse(output.trim().split('\n').at(-1)!);
    expect({ code, result }).toEqual({
      code: 0,
      result: {
        withApiKey: { data: { onLiveEvent: { streamId: 'amplify-key', seq: 1, body: 'via apiKey' } } },
        withUserPool: { data: { onLiveEvent: { streamId: 'amplify-pool', seq: 1, body: 'via userPool' } } },
      },
    });
  }, 120_000);
});
