import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppSyncClient, ListApiKeysCommand } from '@aws-sdk/client-appsync';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../../lambdas/api-key-expiry.ts';
import { apiKeyExpiryFunction } from '../../model/api-key-expiry.ts';

// AppSync's control plane (ListApiKeys) has no local counterpart, so its answers are recorded here.
describe('The api-key-expiry function', () => {
  const appsync = mockClient(AppSyncClient);
  const cloudwatch = mockClient(CloudWatchClient);
  const environment = { ...process.env };
  const inDays = (days: number) => Math.floor(Date.now() / 1000) + days * 86_400 + 3600;

  beforeAll(() => {
    Object.assign(process.env, apiKeyExpiryFunction.environment, { GRAPHQL_API_IDS: 'merged,shops', API_NAME: 'videoshops-prod' });
  });
  afterEach(() => {
    appsync.reset();
    cloudwatch.reset();
  });
  afterAll(() => {
    appsync.restore();
    cloudwatch.restore();
    process.env = environment;
  });

  it("publishes the days left on the first key to expire, across every API's pages of keys", async () => {
    // Prepare
    appsync
      .on(ListApiKeysCommand, { apiId: 'merged' })
      .resolves({ apiKeys: [{ id: 'da2-a', expires: inDays(200) }], nextToken: 'page-2' })
      .on(ListApiKeysCommand, { apiId: 'merged', nextToken: 'page-2' })
      .resolves({ apiKeys: [{ id: 'da2-b', expires: inDays(12) }] })
      .on(ListApiKeysCommand, { apiId: 'shops' })
      .resolves({ apiKeys: [{ id: 'da2-c', expires: inDays(90) }] });
    // Act
    const result = await handler();
    // Assess
    expect(result).toEqual({ daysToExpiry: 12 });
    expect(appsync.commandCalls(ListApiKeysCommand).map((call) => call.args[0].input)).toEqual([
      { apiId: 'merged', nextToken: undefined },
      { apiId: 'merged', nextToken: 'page-2' },
      { apiId: 'shops', nextToken: undefined },
    ]);
    expect(cloudwatch.commandCalls(PutMetricDataCommand).map((call) => call.args[0].input)).toEqual([
      {
        Namespace: 'Videoshops/AppSync',
        MetricData: [
          { MetricName: 'ApiKeyDaysToExpiry', Dimensions: [{ Name: 'ApiName', Value: 'videoshops-prod' }], Value: 12, Unit: 'Count' },
        ],
      },
    ]);
  });

  it('publishes nothing when no API has a key, so the alarm sees a missing datapoint', async () => {
    // Prepare
    appsync.on(ListApiKeysCommand).resolves({ apiKeys: [] });
    // Act
    const result = await handler();
    // Assess
    expect(result).toEqual({ daysToExpiry: null });
    expect(cloudwatch.commandCalls(PutMetricDataCommand)).toEqual([]);
  });
});
