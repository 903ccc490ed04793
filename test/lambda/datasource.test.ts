import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BATCH_SIZE, lambdaDataSource } from '../../local/datasources/lambda.ts';
import type { DataSource, InvocationInfo } from '../../local/datasources/types.ts';
import { startLambdaHost, type LambdaHost } from '../../local/lambda/host.ts';

let host: LambdaHost;
let batch: DataSource;
let echo: DataSource;
beforeAll(async () => {
  host = await startLambdaHost({
    functions: [
      { name: 'batch', entry: 'model/fixture/lambdas/batch.ts' },
      { name: 'echo', entry: 'model/fixture/lambdas/echo.ts' },
    ],
    region: 'us-east-1',
    accountId: '000000000000',
    serviceEndpoints: {},
    tableName: (logical) => logical,
    onLog: () => {},
  });
  batch = lambdaDataSource('Batch', host.get('batch'));
  echo = lambdaDataSource('Echo', host.get('echo'));
});
afterAll(() => host?.stop());

const info = (key: string, maxBatchSize?: number): InvocationInfo => ({
  requestId: 'r1',
  fieldPath: 'items/0/label',
  batch: { key, maxBatchSize },
});

describe('The AWS_LAMBDA data source', () => {
  it(`batches ${DEFAULT_MAX_BATCH_SIZE} payloads per invocation when the resolver sets no maxBatchSize, as AppSync documents`, async () => {
    // Act
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => batch.invoke({ operation: 'BatchInvoke', payload: { id } }, info('default'))),
    );
    // Assess
    expect(outcomes.map((o) => (o.result as { data: { batch: string[] } }).data.batch)).toEqual([
      ...Array(5).fill(['a', 'b', 'c', 'd', 'e']),
      ['f', 'g'],
      ['f', 'g'],
    ]);
  });

  it('sends a batch in list order, whatever order its items arrive in, and cuts it at maxBatchSize in that order', async () => {
    // Arrange: handlers come back from sandbox processes in any order; `order` is each item's place in the list.
    const arrival = [3, 0, 4, 1, 2];
    // Act
    const outcomes = await Promise.all(
      arrival.map((order) => batch.invoke({ operation: 'BatchInvoke', payload: { id: `item${order}` } }, { ...info('ordered', 3), order })),
    );
    // Assess
    const batches = outcomes.map((o) => (o.result as { data: { batch: string[] } }).data.batch);
    expect(batches[arrival.indexOf(0)]).toEqual(['item0', 'item1', 'item2']);
    expect(batches[arrival.indexOf(4)]).toEqual(['item3', 'item4']);
  });

  it('keeps batches of different fields apart', async () => {
    // Act
    const [a, b] = await Promise.all([
      batch.invoke({ operation: 'BatchInvoke', payload: { id: 'a' } }, info('Item.label', 10)),
      batch.invoke({ operation: 'BatchInvoke', payload: { id: 'b' } }, info('Item.other', 10)),
    ]);
    // Assess
    expect((a.result as { data: { batch: string[] } }).data.batch).toEqual(['a']);
    expect((b.result as { data: { batch: string[] } }).data.batch).toEqual(['b']);
  });

  it('answers a BatchInvoke of invocationType Event at once with null results', async () => {
    // Act
    const outcomes = await Promise.all(
      ['a', 'b'].map((id) => batch.invoke({ operation: 'BatchInvoke', invocationType: 'Event', payload: { id } }, info('event'))),
    );
    // Assess
    expect(outcomes).toEqual([{ result: null }, { result: null }]);
  });

  it('sends a missing payload as a null event', async () => {
    // Act
    const outcome = await echo.invoke({ operation: 'Invoke' }, info('none'));
    // Assess
    expect((outcome.result as { event: unknown }).event).toBeNull();
  });

  it('refuses a request AppSync cannot map, before invoking anything', async () => {
    // Act
    const outcomes = await Promise.all([
      echo.invoke('Invoke', info('x')),
      echo.invoke({ payload: {} }, info('x')),
      echo.invoke({ operation: 'Call', payload: {} }, info('x')),
      echo.invoke({ operation: 'Invoke', invocationType: 'DryRun', payload: {} }, info('x')),
    ]);
    // Assess
    expect(outcomes).toEqual([
      { error: { type: 'MappingTemplate', message: "Expected JSON object for the request but got 'STRING' instead." } },
      { error: { type: 'MappingTemplate', message: "Value for field '$[operation]' not found." } },
      { error: { type: 'MappingTemplate', message: "Unsupported operation 'Call'." } },
      { error: { type: 'MappingTemplate', message: "Unsupported invocation type 'DryRun'." } },
    ]);
  });
});
