import { Stack, Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
// cdk-nag's own spelling of a resource in a finding id (tokens as `<LogicalId.Attribute>`); the
// version is pinned, and test/infra/app.test.ts ("checked by cdk-nag") fails if an acknowledged id stops matching.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/** The cdk-nag rule packs every synth runs. */
export const NAG_PACKS = [AwsSolutionsChecks, ServerlessChecks] as const;

/**
 * Runs the AWS Solutions and Serverless rules on every synth: a finding fails `cdk synth` unless
 * it is acknowledged, with a reason, on the construct it is about (README.md, "Hardening").
 */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(...NAG_PACKS.map((Pack) => new Pack(app)));
}

/** Acknowledges one cdk-nag rule (of the AWS Solutions pack unless `pack` says) on `scope` and everything under it. */
export function acknowledge(scope: IConstruct, rule: string, reason: string, pack: 'AwsSolutions' | 'Serverless' = 'AwsSolutions'): void {
  Validations.of(scope).acknowledge({ id: `${pack}-${rule}`, reason });
}

/**
 * Acknowledges the wildcard IAM resources under `scope` one by one, by the finding id cdk-nag
 * gives each (`AwsSolutions-IAM5[Resource::<arn>]`), so a new wildcard is still reported.
 */
export function acknowledgeWildcardResources(scope: IConstruct, resources: string[], reason: string): void {
  for (const resource of resources) {
    acknowledge(scope, `IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`, reason);
  }
}
