import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiDeclaration, SourceApiDeclaration } from '../../model/declaration.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { startTestRuntime } from '../support/runtime.ts';
import { RealtimeClient, callEndpoint } from './support.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'realtime-api-'));

const publisher = (prefix: string) => `
import type { Context } from '@aws-appsync/utils';
export function request(ctx: Context<{ text: string }>) { return { payload: { text: ${JSON.stringify(prefix)} + ctx.args.text } }; }
export function response(ctx: Context) { return ctx.result; }
`;

/** A source API whose one mutation `mutation` publishes to `onMessage`; both APIs declare `onMessage` alike. */
function sourceApi(name: string, mutation: string): SourceApiDeclaration {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'resolvers'), { recursive: true });
  writeFileSync(
    path.join(root, 'schema.graphql'),
    `type Query { hello: String }
type Message { text: String }
type Mutation { ${mutation}(text: String!): Message }
type Subscription { onMessage: Message @aws_subscribe(mutations: ["sendA", "sendB"]) }
`,
  );
  writeFileSync(path.join(root, 'resolvers', `Mutation.${mutation}.ts`), publisher('v1:'));
  return {
    name,
    schemaFiles: [path.join(root, 'schema.graphql')],
    resolverDir: path.join(root, 'resolvers'),
    dataSources: [{ name: 'None', type: 'NONE' }],
    functions: [],
    resolvers: [{ typeName: 'Mutation', fieldName: mutation, dataSource: 'None' }],
  };
}

const api: ApiDeclaration = {
  name: 'realtimeEndpoints',
  authorization: { defaultMode: 'API_KEY' },
  tables: [{ name: 'RealtimeUnused', partitionKey: { name: 'id', type: 'S' } }],
  sourceApis: [sourceApi('alpha', 'sendA'), sourceApi('beta', 'sendB')],
};

let runtime: LocalRuntime;
const reloads: ({ ok: true } | { ok: false; error: Error })[] = [];
const endpoint = (name: string) => runtime.url.replace(/\/graphql$/, `/source/${name}/graphql`);
const apiKey = () => ({ apiKey: runtime.apiKey });
const ON_MESSAGE = 'subscription { onMessage { text } }';

beforeAll(async () => {
  runtime = await startTestRuntime(api, { watch: true, onReload: (outcome) => reloads.push(outcome) });
});

afterAll(async () => {
  await runtime?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Real-time endpoints', () => {
  it('notify only the subscribers connected to the endpoint the mutation went through', async () => {
    // Prepare
    const alpha = await RealtimeClient.connect(runtime, apiKey(), { endpointUrl: endpoint('alpha') });
    const beta = await RealtimeClient.connect(runtime, apiKey(), { endpointUrl: endpoint('beta') });
    const onAlpha = await alpha.subscribe(apiKey(), ON_MESSAGE);
    const onBeta = await beta.subscribe(apiKey(), ON_MESSAGE);

    // Act: through beta first (beta's subscriber tells when it went out), then through alpha.
    await callEndpoint(endpoint('beta'), apiKey(), 'mutation { sendB(text: "via beta") { text } }');
    const atBeta = await beta.data(onBeta);
    await callEndpoint(endpoint('alpha'), apiKey(), 'mutation { sendA(text: "via alpha") { text } }');
    const atAlpha = await alpha.data(onAlpha);

    // Assess
    expect(atBeta).toEqual({ data: { onMessage: { text: 'v1:via beta' } } });
    expect(atAlpha).toEqual({ data: { onMessage: { text: 'v1:via alpha' } } });
    alpha.close();
    beta.close();
  });

  it('keep delivering to live subscriptions across a watch-mode reload', async () => {
    // Prepare
    const client = await RealtimeClient.connect(runtime, apiKey(), { endpointUrl: endpoint('alpha') });
    const id = await client.subscribe(apiKey(), ON_MESSAGE);

    // Act
    writeFileSync(path.join(dir, 'alpha', 'resolvers', 'Mutation.sendA.ts'), publisher('v2:'));
    const deadline = Date.now() + 20_000;
    while (reloads.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await callEndpoint(endpoint('alpha'), apiKey(), 'mutation { sendA(text: "after reload") { text } }');

    // Assess
    expect(reloads).toEqual([{ ok: true }]);
    expect(await client.data(id)).toEqual({ data: { onMessage: { text: 'v2:after reload' } } });
    client.close();
  });
});
