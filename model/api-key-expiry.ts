import type { LambdaFunctionDeclaration } from './declaration.ts';

/** Where lambdas/api-key-expiry.ts publishes the days left on a stack's first-expiring API key. */
export const API_KEY_EXPIRY_METRIC = { namespace: 'Videoshops/AppSync', metricName: 'ApiKeyDaysToExpiry' } as const;

/**
 * The function that publishes API key expiry (AppSync publishes no metric for it). The CDK app
 * deploys it beside every API's own functions, bundled the same way; it is no part of an API
 * declaration, so the local runtime, whose keys never expire, does not run it.
 */
export const apiKeyExpiryFunction: LambdaFunctionDeclaration = {
  name: 'apiKeyExpiry',
  entry: 'lambdas/api-key-expiry.ts',
  timeout: 30,
  // One run at a time is all a twice-daily count needs.
  reservedConcurrency: 1,
  environment: { METRIC_NAMESPACE: API_KEY_EXPIRY_METRIC.namespace, METRIC_NAME: API_KEY_EXPIRY_METRIC.metricName },
  schedule: { rateMinutes: 720 },
};
