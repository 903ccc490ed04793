import type { Environment } from 'aws-cdk-lib';
import type { Placement } from './stages.ts';

/** For stacks built outside the configuration (tests): no real account has this id. */
export const PLACEHOLDER_ACCOUNT = '000000000000';
export const PLACEHOLDER_REGION = 'us-east-1';

/** `-c account=… -c region=…` */
export interface EnvironmentContext {
  account?: unknown;
  region?: unknown;
}

/**
 * Where a stage's stacks deploy: its entry in infra/config/stages.ts, whatever the credentials
 * point at. `-c account` and `-c region` may repeat what the file says, as a guard on the command
 * line, and are refused when they say something else, so nothing lands in an account by mistake.
 */
export function stageEnvironment(name: string, placement: Placement, context: EnvironmentContext): Required<Environment> {
  for (const key of ['account', 'region'] as const) {
    const given = context[key];
    if (given !== undefined && String(given).trim() !== placement[key]) {
      throw new Error(
        `-c ${key}=${String(given)} contradicts infra/config/stages.ts, which deploys ${name} to ${key} ${placement[key]}: ` +
          'the file decides where a stage deploys, -c stage only selects one',
      );
    }
  }
  return { account: placement.account, region: placement.region };
}
