import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiDeclaration, SourceApiDeclaration } from '../../model/declaration.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { CompositionError } from '../../model/federation/composition-error.ts';
import { graphql, startTestRuntime } from '../support/runtime.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'federation-reload-'));
const schemaFile = (name: string) => path.join(dir, name, 'schema.graphql');

function sourceApi(name: string, field: string): SourceApiDeclaration {
  mkdirSync(path.join(dir, name, 'resolvers'), { recursive: true });
  writeFileSync(schemaFile(name), `type Shop { id: ID! }\ntype Query { ${field}: Shop }\n`);
  writeFileSync(
    path.join(dir, name, 'resolvers', `Query.${field}.ts`),
    `import type { Context } from '@aws-appsync/utils';
export function request(ctx: Context) { return { payload: { id: ${JSON.stringify(name)} } }; }
export function response(ctx: Context) { return ctx.result; }
`,
  );
  return {
    name,
    schemaFiles: [schemaFile(name)],
    resolverDir: path.join(dir, name, 'resolvers'),
    dataSources: [{ name: 'None', type: 'NONE' }],
    functions: [],
    resolvers: [{ typeName: 'Query', fieldName: field, dataSource: 'None' }],
  };
}

const api: ApiDeclaration = {
  name: 'federationReload',
  authorization: { defaultMode: 'API_KEY' },
  tables: [{ name: 'ReloadUnused', partitionKey: { name: 'id', type: 'S' } }],
  sourceApis: [sourceApi('a', 'shopA'), sourceApi('b', 'shopB')],
};

let runtime: LocalRuntime;
const reloads: ({ ok: true } | { ok: false; error: Error })[] = [];
async function reloaded(count: number) {
  const deadline = Date.now() + 20_000;
  while (reloads.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return reloads[count - 1];
}

beforeAll(async () => {
  runtime = await startTestRuntime(api, { watch: true, onReload: (outcome) => reloads.push(outcome) });
});
afterAll(async () => {
  await runtime?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Reloading the Merged API in watch mode', () => {
  it('keeps serving the last good Merged API when an edit makes the source APIs conflict, and takes the fixed one', async () => {
    // Act: b redefines Shop.id with another type.
    writeFileSync(schemaFile('b'), 'type Shop { id: Int }\ntype Query { shopB: Shop }\n');
    const failed = await reloaded(1);
    const during = await graphql(runtime, '{ shopA { id } shopB { id } }');
    writeFileSync(schemaFile('b'), 'type Shop { id: ID! name: String }\ntype Query { shopB: Shop }\n');
    const fixed = await reloaded(2);
    const after = await graphql(runtime, '{ shopB { id name } }');

    // Assess
    expect(failed?.ok).toBe(false);
    const error = (failed as { error: Error }).error;
    expect(error).toBeInstanceOf(CompositionError);
    expect(error.message).toBe(
      'Unable to resolve conflict on object with name id: Merging is not supported for fields with different types. ' +
        `Shop.id is ID! in source API "a" (${schemaFile('a')}:1:13) and Int in source API "b" (${schemaFile('b')}:1:13).`,
    );
    expect(during.body).toEqual({ data: { shopA: { id: 'a' }, shopB: { id: 'b' } } });
    expect(fixed).toEqual({ ok: true });
    expect(after.body).toEqual({ data: { shopB: { id: 'b', name: null } } });
  });
});
