import type { Environment } from 'aws-cdk-lib';
import type { StageName } from './stages.ts';

/** No real account has this id, so a deploy with placeholders fails instead of landing somewhere. */
export const PLACEHOLDER_ACCOUNT = '000000000000';
export const PLACEHOLDER_REGION = 'us-east-1';

export interface EnvironmentSources {
  /** `-c account=… -c region=…` */
  context: { account?: unknown; region?: unknown };
  /** `CDK_DEPLOY_*` is set on purpose; `CDK_DEFAULT_*` is whatever the CLI's credentials point at. */
  env: NodeJS.ProcessEnv;
}

/**
 * Synth needs an explicit account and region to work offline; deploys need the real ones.
 * Prod never falls back to the ambient credentials' account, so a developer signed in to
 * dev cannot deploy "prod" into dev by mistake.
 */
export function stageEnvironment(stage: StageName, { context, env }: EnvironmentSources): Required<Environment> {
  const ambient = stage === 'prod' ? {} : { account: env.CDK_DEFAULT_ACCOUNT, region: env.CDK_DEFAULT_REGION };
  const account = firstSet(context.account, env.CDK_DEPLOY_ACCOUNT, ambient.account) ?? PLACEHOLDER_ACCOUNT;
  const region = firstSet(context.region, env.CDK_DEPLOY_REGION, ambient.region) ?? PLACEHOLDER_REGION;
  if (!/^\d{12}$/.test(account)) throw new Error(`AWS account must be 12 digits, got ${JSON.stringify(account)}`);
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error(`Not an AWS region: ${JSON.stringify(region)}`);
  return { account, region };
}

function firstSet(...values: unknown[]): string | undefined {
  const found = values.find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof found === 'string' ? found.trim() : undefined;
}
