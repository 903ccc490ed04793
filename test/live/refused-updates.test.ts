import { describe, expect, it } from 'vitest';
import { evaluateResolver } from '../support/evaluate-resolver.ts';

/**
 * AppSync returns no item with a failed condition, so getRefusedStream reads the stream after the
 * refusal; a concurrent start may have taken it LIVE by then. Unit-tested through EvaluateCode,
 * as that moment cannot be timed end to end.
 */
describe('a stream update refused because the stream was not LIVE, told from the stream read after it', () => {
  const creator = {
    sub: 'creator-1',
    issuer: 'https://cognito-idp.local/pool',
    username: 'cora',
    claims: {},
    sourceIp: ['127.0.0.1'],
    defaultAuthStrategy: 'ALLOW',
    groups: ['creators'],
  };
  const startedMeanwhile = { id: 's1', shopId: 'shop-1', creatorId: 'creator-1', status: 'LIVE' };

  it.each([
    ['endLiveStream', { id: 's1' }],
    ['updateViewerCount', { streamId: 's1', viewerCount: 5 }],
  ])('%s: a stream LIVE by then was still SCHEDULED when refused, as status only moves forward', async (field, args) => {
    // Prepare
    const context = { arguments: args, identity: creator, stash: { streamId: 's1', refused: true }, prev: { result: startedMeanwhile } };

    // Act
    const { result, error } = await evaluateResolver(`resolvers/live/Mutation.${field}.ts`, 'response', context);

    // Assess
    expect(result).toBeUndefined();
    expect(error).toEqual({ message: 'Stream s1 is SCHEDULED, not LIVE.' });
  });
});
