import { CustomDataIdentifier, DataIdentifier, DataProtectionPolicy } from 'aws-cdk-lib/aws-logs';

/**
 * What CloudWatch Logs masks in every log group of the stack, whoever writes it: AppSync's field
 * logs, the functions', the workflows', WAF's. Shoppers' e-mail addresses (AWS's managed
 * identifier) and anything that authorizes: the payment provider's tokens and keys (the shapes
 * lambdas/shared/redaction.ts strips from errors), Cognito's JWTs and AppSync API keys, which
 * request headers and verbose field logs carry.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html
 */
export const MASKED_LOG_DATA = [
  DataIdentifier.EMAILADDRESS,
  new CustomDataIdentifier('PaymentToken', '(tok|sk|rk|pm_card|card)_[A-Za-z0-9_]+'),
  new CustomDataIdentifier('JsonWebToken', 'eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+'),
  new CustomDataIdentifier('AppSyncApiKey', 'da2-[a-z0-9]{26}'),
];

/** A log group's data protection policy: MASKED_LOG_DATA masked for every reader without logs:Unmask. */
export function logDataProtection(): DataProtectionPolicy {
  return new DataProtectionPolicy({
    name: 'videoshops-masked-log-data',
    description: 'E-mail addresses, payment tokens and keys, JWTs and AppSync API keys',
    identifiers: MASKED_LOG_DATA,
  });
}
