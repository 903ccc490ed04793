import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.ts';
import { videoshopsApi } from '../../infra/videoshops.ts';
import { Sandbox } from '../../local/appsync-js/sandbox.ts';
import { appsyncModules } from '../../local/appsync-js/modules.ts';
import { PROJECT_ROOT } from '../../local/bundle.ts';
import { MERGED_SDL_FILE } from '../../local/federation/merged-sdl-file.ts';
import { Executor } from '../../local/graphql/executor.ts';
import { buildAppSyncSchema } from '../../local/graphql/schema.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { createClient, RequestRefusedError, ShopBySlugDocument } from '../../sdk/index.ts';
import { startTestRuntime } from '../support/runtime.ts';

const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'sdk/operations');

describe('The SDK operations', () => {
  it('are each valid on the Merged API endpoint, checked as the endpoint checks every request', () => {
    // Prepare
    const schema = buildAppSyncSchema(readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8'));
    const endpoint = new Executor({ schema, sandbox: new Sandbox(appsyncModules), resolvers: new Map(), env: {} });
    const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql'));
    // Act
    const refusals = files.flatMap((file) => {
      const prepared = endpoint.prepare(readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'));
      return 'response' in prepared ? [{ file, errors: prepared.response.errors }] : [];
    });
    // Assess
    expect(files.length).toBeGreaterThan(0);
    expect(refusals).toEqual([]);
  });
});

describe('The SDK against the local Merged API', () => {
  let runtime: LocalRuntime;
  beforeAll(async () => {
    runtime = await startTestRuntime(videoshopsApi, { seed: seedDemoData });
  });
  afterAll(async () => {
    await runtime?.stop();
  });

  it('sends a typed operation to the public endpoint and returns its typed data', async () => {
    // Prepare
    const client = createClient({ url: runtime.url, headers: () => ({ 'x-api-key': runtime.apiKey }) });
    // Act
    const { data, errors } = await client.request(ShopBySlugDocument, { slug: 'cora-cooks' });
    // Assess
    expect(errors).toEqual([]);
    expect(data?.shopBySlug).toMatchObject({ slug: 'cora-cooks', title: 'Cora Cooks', creator: { displayName: expect.any(String) } });
  });

  it('raises a request AppSync refuses as a whole with its errorType', async () => {
    // Prepare
    const client = createClient({ url: runtime.url, headers: () => ({ 'x-api-key': 'da2-not-a-key' }) });
    // Act
    const refused = await client.request(ShopBySlugDocument, { slug: 'cora-cooks' }).catch((e: unknown) => e);
    // Assess
    expect(refused).toBeInstanceOf(RequestRefusedError);
    expect((refused as RequestRefusedError).status).toBe(401);
    expect((refused as RequestRefusedError).errors[0]?.errorType).toBe('UnauthorizedException');
  });
});
