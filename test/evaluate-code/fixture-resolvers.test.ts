import { describe, expect, it } from 'vitest';
import { evaluateResolver } from '../support/evaluate-resolver.ts';

// How resolver unit tests are written in this project: one handler, a mock ctx, through EvaluateCode.
describe('Mutation.renameItem (fixture), unit-tested through EvaluateCode', () => {
  const file = 'model/fixture/resolvers/Mutation.renameItem.ts';

  it('builds a conditional UpdateItem that bumps the version and ignores it when comparing', async () => {
    // Prepare
    const context = { arguments: { id: 'i1', name: 'New name', expectedVersion: 3 } };

    // Act
    const { result, error } = await evaluateResolver(file, 'request', context);

    // Assess (AppSync writes DynamoDB numbers as JSON numbers: `{ N: 1 }`)
    expect(error).toBeUndefined();
    expect(result).toEqual({
      operation: 'UpdateItem',
      key: { id: { S: 'i1' } },
      update: {
        expression: 'SET #name = :name, #version = #version + :one',
        expressionNames: { '#name': 'name', '#version': 'version' },
        expressionValues: { ':name': { S: 'New name' }, ':one': { N: 1 } },
      },
      condition: {
        expression: '#version = :expected',
        expressionNames: { '#version': 'version' },
        expressionValues: { ':expected': { N: 3 } },
        equalsIgnore: ['version'],
      },
    });
  });

  it('returns the updated item', async () => {
    const { result } = await evaluateResolver(file, 'response', { result: { id: 'i1', name: 'New name', version: 4 } });

    expect(result).toEqual({ id: 'i1', name: 'New name', version: 4 });
  });

  it('raises a failed condition as the field error (AppSync gives no current item with it: aws-appsync-community#343)', async () => {
    const context = {
      result: null,
      error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' },
    };

    const { result, error } = await evaluateResolver(file, 'response', context);

    expect(result).toBeUndefined();
    expect(error).toEqual({ message: 'The conditional request failed' });
  });
});

describe('Query.partial (fixture), unit-tested through EvaluateCode', () => {
  it('keeps its value and appends two errors', async () => {
    const { result, outErrors } = await evaluateResolver('model/fixture/resolvers/Query.partial.ts', 'response', { result: { id: 'p1' } });

    expect(result).toEqual({ id: 'p1' });
    expect(outErrors.map((e) => [e.message, e.errorType])).toEqual([
      ['first appended', 'Appended'],
      ['second appended', null],
    ]);
  });
});

describe('Query.pipeline (fixture), before step', () => {
  it('returns early with skipAll, handing its value on', async () => {
    const { result, stash } = await evaluateResolver('model/fixture/resolvers/Query.pipeline.ts', 'request', {
      arguments: { mode: 'skipAll' },
    });

    expect(result).toEqual({ from: 'before' });
    expect(stash).toMatchObject({ steps: ['before'] });
  });
});
