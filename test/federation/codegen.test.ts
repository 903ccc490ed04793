import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';

describe('The generated SDK and resolver types', () => {
  it('are what `npm run codegen` generates from the schemas and operations today', async () => {
    // Act
    const outputs = await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false);
    // Assess
    expect(outputs.length).toBeGreaterThan(1);
    for (const { filename, content } of outputs) {
      const checkedIn = readFileSync(path.resolve(PROJECT_ROOT, filename), 'utf8');
      expect(checkedIn, `${path.relative(PROJECT_ROOT, filename)} is stale: run npm run codegen`).toBe(content);
    }
  }, 60_000);

  it('types the SDK from the Merged API schema, one DocumentNode per operation with its documented error types', () => {
    // Act
    const sdk = readFileSync(path.join(PROJECT_ROOT, 'sdk/src/generated/client.ts'), 'utf8');
    // Assess
    for (const entry of ['client', 'backend'])
      expect(config.generates[`sdk/src/generated/${entry}.ts`]).toMatchObject({
        schema: ['schema/merged.graphql', 'schema/appsync-builtins.graphql'],
      });
    expect(sdk).toContain(
      'export const ShopBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopBySlug"}',
    );
    expect(sdk).toMatch(/as unknown as OperationDocument<ShopBySlugQuery, ShopBySlugQueryVariables, 'UNAVAILABLE'>;/);
    expect(sdk).toContain('export type ShopBySlugQuery = { shopBySlug: {');
  });
});
