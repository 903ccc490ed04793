import { AppSyncClient, ListApiKeysCommand, type ApiKey } from '@aws-sdk/client-appsync';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';

const appsync = new AppSyncClient({});
const cloudwatch = new CloudWatchClient({});
const DAY_SECONDS = 86_400;

/**
 * Publishes how many days are left until the first API key of the stack's GraphQL APIs expires:
 * AppSync publishes no metric for it, and an expired key turns every anonymous request away.
 * The APIs are `GRAPHQL_API_IDS` (comma-separated); the metric is `METRIC_NAMESPACE`/`METRIC_NAME`
 * with the dimension `ApiName` = `API_NAME`. An API without keys publishes nothing for itself,
 * so the alarm treats a missing datapoint as a breach.
 */
export const handler = async (): Promise<{ daysToExpiry: number | null }> => {
  const now = Date.now() / 1000;
  const expiries: number[] = [];
  for (const apiId of (process.env.GRAPHQL_API_IDS ?? '').split(',').filter(Boolean)) {
    for (const key of await apiKeys(apiId)) if (key.expires !== undefined) expiries.push(key.expires);
  }
  if (expiries.length === 0) return { daysToExpiry: null };
  const daysToExpiry = Math.floor((Math.min(...expiries) - now) / DAY_SECONDS);
  await cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: process.env.METRIC_NAMESPACE,
      MetricData: [
        {
          MetricName: process.env.METRIC_NAME,
          Dimensions: [{ Name: 'ApiName', Value: process.env.API_NAME }],
          Value: daysToExpiry,
          Unit: 'Count',
        },
      ],
    }),
  );
  return { daysToExpiry };
};

async function apiKeys(apiId: string): Promise<ApiKey[]> {
  const keys: ApiKey[] = [];
  let nextToken: string | undefined;
  do {
    const page = await appsync.send(new ListApiKeysCommand({ apiId, nextToken }));
    keys.push(...(page.apiKeys ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return keys;
}
