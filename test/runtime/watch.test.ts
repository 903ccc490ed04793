import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiDeclaration } from '../../model/declaration.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { graphql, startTestRuntime } from '../support/runtime.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'watch-api-'));
const schemaFile = path.join(dir, 'schema.graphql');
const resolverFile = path.join(dir, 'resolvers', 'Query.greeting.ts');
const handlerFile = path.join(dir, 'lambdas', 'version.ts');
const versionHandler = (version: string) => `export const handler = async () => ${JSON.stringify(version)};\n`;

const greetingResolver = (greeting: string) => `
import type { Context } from '@aws-appsync/utils';
export function request(ctx: Context) { return { payload: ${JSON.stringify(greeting)} }; }
export function response(ctx: Context) { return ctx.result; }
`;

const api: ApiDeclaration = {
  name: 'watched',
  authorization: { defaultMode: 'API_KEY' },
  tables: [{ name: 'WatchedNotes', partitionKey: { name: 'id', type: 'S' } }],
  lambdaFunctions: [{ name: 'version', entry: handlerFile }],
  sourceApis: [
    {
      name: 'watched',
      schemaFiles: [schemaFile],
      resolverDir: path.join(dir, 'resolvers'),
      dataSources: [
        { name: 'None', type: 'NONE' },
        { name: 'Version', type: 'AWS_LAMBDA', function: 'version' },
      ],
      functions: [],
      resolvers: [
        { typeName: 'Query', fieldName: 'greeting', dataSource: 'None' },
        { typeName: 'Query', fieldName: 'version', dataSource: 'Version', direct: true },
      ],
    },
  ],
};

let runtime: LocalRuntime;
const reloads: ({ ok: true } | { ok: false; error: Error })[] = [];

/** Waits, bounded, until the runtime has handled `count` reloads. */
async function reloaded(count: number) {
  const deadline = Date.now() + 20_000;
  while (reloads.length < count) {
    if (Date.now() > deadline) throw new Error(`only ${reloads.length} reloads happened`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return reloads[count - 1]!;
}

const greeting = async () => (await graphql(runtime, '{ greeting }')).body;

beforeAll(async () => {
  mkdirSync(path.dirname(resolverFile), { recursive: true });
  mkdirSync(path.dirname(handlerFile), { recursive: true });
  writeFileSync(handlerFile, versionHandler('v1'));
  writeFileSync(schemaFile, 'type Query { greeting: String\n  version: String }\n');
  writeFileSync(resolverFile, greetingResolver('hello'));
  runtime = await startTestRuntime(api, { watch: true, onReload: (outcome) => reloads.push(outcome) });
});

afterAll(async () => {
  await runtime?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('watch mode', () => {
  it('serves an edited resolver without a restart', async () => {
    writeFileSync(resolverFile, greetingResolver('bonjour'));

    expect(await reloaded(1)).toEqual({ ok: true });
    expect(await greeting()).toEqual({ data: { greeting: 'bonjour' } });
  });

  it('reports a broken edit and keeps serving the last good version', async () => {
    writeFileSync(
      resolverFile,
      `export function request() { let i = 0; while (i < 3) { i += 1; } return { payload: i }; }\nexport function response(ctx) { return ctx.result; }\n`,
    );

    const outcome = await reloaded(2);

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.message).toMatch(
      /Query\.greeting\.ts: The code contains one or more errors\.\n\s+code\.js\(\d+,\d+\): error @aws-appsync\/no-while/,
    );
    expect(await greeting()).toEqual({ data: { greeting: 'bonjour' } });
  });

  it('serves the fix once the file is repaired', async () => {
    writeFileSync(resolverFile, greetingResolver('hallo'));

    expect(await reloaded(3)).toEqual({ ok: true });
    expect(await greeting()).toEqual({ data: { greeting: 'hallo' } });
  });

  it('picks up a schema change, keeping the data in the tables', async () => {
    await runtime.dynamoDb.send(
      new (await import('@aws-sdk/client-dynamodb')).PutItemCommand({
        TableName: runtime.tableName('WatchedNotes'),
        Item: { id: { S: 'kept' } },
      }),
    );
    writeFileSync(schemaFile, 'type Query { greeting: String\n  version: String\n  farewell: String }\n');

    expect(await reloaded(4)).toEqual({ ok: true });
    const res = await graphql(runtime, '{ greeting farewell }');
    const item = await runtime.dynamoDb.send(
      new (await import('@aws-sdk/client-dynamodb')).GetItemCommand({
        TableName: runtime.tableName('WatchedNotes'),
        Key: { id: { S: 'kept' } },
      }),
    );

    expect(res.body).toEqual({ data: { greeting: 'hallo', farewell: null } });
    expect(item.Item).toEqual({ id: { S: 'kept' } });
  });
});

describe('watch mode with Lambda functions', () => {
  it('serves an edited Lambda handler from a fresh bundle', async () => {
    const before = (await graphql(runtime, '{ version }')).body;
    writeFileSync(handlerFile, versionHandler('v2'));

    expect(await reloaded(5)).toEqual({ ok: true });
    expect(before).toEqual({ data: { version: 'v1' } });
    expect((await graphql(runtime, '{ version }')).body).toEqual({ data: { version: 'v2' } });
  });

  it('keeps the last good handler when an edit does not build', async () => {
    writeFileSync(handlerFile, 'export const handler = async () => {{{;\n');

    const outcome = await reloaded(6);

    expect(outcome.ok).toBe(false);
    expect((await graphql(runtime, '{ version }')).body).toEqual({ data: { version: 'v2' } });
  });
});
