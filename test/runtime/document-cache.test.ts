import { describe, expect, it } from 'vitest';
import { Executor } from '../../local/graphql/executor.ts';
import { IsolatedSandbox } from '../../local/appsync-js/isolation/isolated-sandbox.ts';
import { buildAppSyncSchema } from '../../model/schema/appsync-schema.ts';
import { DocumentCache } from '../../local/graphql/document-cache.ts';

const executor = new Executor({
  schema: buildAppSyncSchema('type Query { hello: String }'),
  sandbox: new IsolatedSandbox(),
  resolvers: new Map(),
  env: {},
});

describe('documents', () => {
  it('are parsed and validated once per distinct query text', () => {
    const first = executor.prepare('{ hello }');
    const second = executor.prepare('{ hello }');

    expect(second).toBe(first);
    expect(executor.prepare('{ hello __typename }')).not.toBe(first);
  });

  it('that fail validation are remembered with their error response', () => {
    const first = executor.prepare('{ nope }');

    expect('response' in first).toBe(true);
    expect(executor.prepare('{ nope }')).toBe(first);
  });

  it('are forgotten least recently used first when the cache is full', () => {
    const cache = new DocumentCache<number>(2);
    let created = 0;
    const get = (key: string) => cache.getOrCreate(key, () => (created += 1));

    get('a');
    get('b');
    get('a');
    get('c');
    get('a');
    get('b');

    expect(created).toBe(4);
  });
});
