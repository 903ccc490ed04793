import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { fixtureApi } from '../../model/fixture/api.ts';
import { graphql, startTestRuntime } from '../support/runtime.ts';

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { onLambdaLog: () => {} });
});
afterAll(() => runtime?.stop());

type Answer = { id: string; batch: string[]; position: number; field?: string };
type Item = { id: string; label?: string | null; direct?: string | null };

const items = async (ids: string[], fields: string) => {
  const res = await graphql(runtime, `query ($ids: [ID!]!) { lambdaItems(ids: $ids) { id ${fields} } }`, { ids });
  return res.body as { data: { lambdaItems: Item[] }; errors?: Record<string, unknown>[] };
};
const parsed = (value: string | null | undefined): Answer | null => (value ? JSON.parse(value) : null);

describe('A JS resolver with BatchInvoke (LambdaItem.label, maxBatchSize 3)', () => {
  it("gathers the list's payloads into invocations of at most maxBatchSize, in the list's order", async () => {
    // Act
    const body = await items(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'label');
    // Assess
    expect(body.errors).toBeUndefined();
    expect(body.data.lambdaItems.map((item) => parsed(item.label))).toEqual([
      expect.objectContaining({ id: 'a', batch: ['a', 'b', 'c'], position: 0 }),
      expect.objectContaining({ id: 'b', batch: ['a', 'b', 'c'], position: 1 }),
      expect.objectContaining({ id: 'c', batch: ['a', 'b', 'c'], position: 2 }),
      expect.objectContaining({ id: 'd', batch: ['d', 'e', 'f'], position: 0 }),
      expect.objectContaining({ id: 'e', batch: ['d', 'e', 'f'], position: 1 }),
      expect.objectContaining({ id: 'f', batch: ['d', 'e', 'f'], position: 2 }),
      expect.objectContaining({ id: 'g', batch: ['g'], position: 0 }),
    ]);
  });

  it('hands each item its own entry, so one failed item fails only its own field', async () => {
    // Act
    const body = await items(['a', 'missing-1', 'b'], 'label');
    // Assess
    expect(body.data.lambdaItems.map((item) => parsed(item.label)?.id ?? null)).toEqual(['a', null, 'b']);
    expect(body.errors).toEqual([
      {
        path: ['lambdaItems', 1, 'label'],
        data: null,
        errorType: 'ItemNotFound',
        errorInfo: null,
        locations: [expect.objectContaining({ line: 1 })],
        message: 'No item missing-1',
      },
    ]);
  });

  it('fails every item of a batch whose invocation failed, with Lambda:Unhandled', async () => {
    // Act
    const body = await items(['x', 'boom', 'y', 'z'], 'label');
    // Assess
    expect(body.data.lambdaItems.map((item) => item.label)).toEqual([null, null, null, expect.any(String)]);
    expect(body.errors?.map((e) => [e.path, e.errorType, e.message])).toEqual([
      [['lambdaItems', 0, 'label'], 'Lambda:Unhandled', 'Batch of x,boom,y failed'],
      [['lambdaItems', 1, 'label'], 'Lambda:Unhandled', 'Batch of x,boom,y failed'],
      [['lambdaItems', 2, 'label'], 'Lambda:Unhandled', 'Batch of x,boom,y failed'],
    ]);
  });

  it('fails every item of a batch answered with the wrong number of entries', async () => {
    // Act
    const body = await items(['short', 'a'], 'label');
    // Assess
    expect(body.data.lambdaItems.map((item) => item.label)).toEqual([null, null]);
    expect(body.errors).toHaveLength(2);
    expect(body.errors?.[0]).toMatchObject({
      errorType: 'Lambda:Unhandled',
      message: expect.stringContaining('must be a list of 2 items'),
    });
  });

  it('never batches the items of two requests together', async () => {
    // Act
    const [first, second] = await Promise.all([items(['one'], 'label'), items(['two'], 'label')]);
    // Assess
    expect(parsed(first.data.lambdaItems[0]!.label)?.batch).toEqual(['one']);
    expect(parsed(second.data.lambdaItems[0]!.label)?.batch).toEqual(['two']);
  });
});

describe('A direct Lambda resolver with maxBatchSize (LambdaItem.direct, maxBatchSize 2)', () => {
  it("sends a list of AppSync contexts, each with its item as source, and gives each item its answer's data", async () => {
    // Act
    const body = await items(['a', 'b', 'c'], 'direct');
    // Assess
    expect(body.errors).toBeUndefined();
    expect(body.data.lambdaItems.map((item) => parsed(item.direct))).toEqual([
      expect.objectContaining({ id: 'a', batch: ['a', 'b'], position: 0, field: 'LambdaItem.direct' }),
      expect.objectContaining({ id: 'b', batch: ['a', 'b'], position: 1, field: 'LambdaItem.direct' }),
      expect.objectContaining({ id: 'c', batch: ['c'], position: 0, field: 'LambdaItem.direct' }),
    ]);
  });

  it('fails only the item answered with an errorMessage, with its errorType', async () => {
    // Act
    const body = await items(['missing-2', 'a'], 'direct');
    // Assess
    expect(body.data.lambdaItems.map((item) => parsed(item.direct)?.id ?? null)).toEqual([null, 'a']);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['lambdaItems', 0, 'direct'], errorType: 'ItemNotFound', message: 'No item missing-2', data: null }),
    ]);
  });

  it('batches each field of the list on its own', async () => {
    // Act
    const body = await items(['a', 'b', 'c'], 'label direct');
    // Assess
    expect(body.data.lambdaItems.map((item) => parsed(item.label)?.batch)).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
    expect(body.data.lambdaItems.map((item) => parsed(item.direct)?.batch)).toEqual([['a', 'b'], ['a', 'b'], ['c']]);
  });
});
