import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { videoshopsApi } from '../../model/videoshops.ts';
import { ApiStack } from '../../infra/api-stack.ts';
import { PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION } from '../../infra/environment.ts';
import { stageConfig } from '../../infra/stages.ts';
import { cdkJsonContext, synthesizeApiStack, type SynthesizedStack } from '../infra/support/synthesize.ts';

type Resource = { Type: string; Properties: Record<string, any> };

describe('The checkout in the CDK stack', () => {
  const stages: Record<string, SynthesizedStack> = {};
  const resources = (stage: string) => Object.values(stages[stage]!.artifact.template.Resources as Record<string, Resource>);
  const ofType = (stage: string, type: string) => resources(stage).filter((r) => r.Type === type);
  const policyOf = (stage: string, fn: string) => {
    const stack = stages[stage]!.stack;
    const roleId = stack.getLogicalId(stack.lambdaFunctions.get(fn).role!.node.defaultChild as never);
    return ofType(stage, 'AWS::IAM::Policy')
      .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
  };
  const actionsOf = (stage: string, fn: string) => policyOf(stage, fn).flatMap((s) => [s.Action].flat());

  // Two synths of the product, bundles and all: slow on a loaded machine.
  beforeAll(() => {
    stages.dev = synthesizeApiStack(videoshopsApi, 'dev');
    stages.prod = synthesizeApiStack(videoshopsApi, 'prod');
  }, 180_000);
  afterAll(() => Object.values(stages).forEach((s) => s.remove()));

  it('deploys one Standard state machine that logs every event, with execution data in dev and without it in prod', () => {
    for (const [stage, includeExecutionData] of [
      ['dev', true],
      ['prod', false],
    ] as const) {
      const [machine] = ofType(stage, 'AWS::StepFunctions::StateMachine');
      expect(machine!.Properties).toMatchObject({
        StateMachineType: 'STANDARD',
        TracingConfiguration: { Enabled: true },
        LoggingConfiguration: { Level: 'ALL', IncludeExecutionData: includeExecutionData },
      });
    }
  });

  it('lets the checkout function start the saga and the sweeper describe its executions, nothing more of Step Functions', () => {
    expect(actionsOf('dev', 'checkout').filter((a) => a.startsWith('states:'))).toEqual(['states:StartExecution']);
    expect(actionsOf('dev', 'orderSweeper').filter((a) => a.startsWith('states:'))).toEqual(['states:DescribeExecution']);
    expect(actionsOf('dev', 'orderWorkflow').filter((a) => a.startsWith('states:'))).toEqual([]);
  });

  it('keeps the payment provider’s key in Secrets Manager, readable by the functions that charge and nobody else', () => {
    const [secret] = ofType('prod', 'AWS::SecretsManager::Secret');
    expect(secret).toBeDefined();
    for (const fn of ['checkout', 'orderWorkflow', 'orderSweeper'])
      expect(actionsOf('prod', fn)).toContain('secretsmanager:GetSecretValue');
    const [checkout] = ofType('prod', 'AWS::Lambda::Function').filter((f) => f.Properties.Environment?.Variables?.PAYMENTS_SECRET_ARN);
    expect(checkout!.Properties.Environment.Variables).not.toHaveProperty('PAYMENTS_API_KEY');
  });

  it('runs the order sweeper every five minutes', () => {
    const [rule] = ofType('dev', 'AWS::Events::Rule');
    expect(rule!.Properties.ScheduleExpression).toBe('rate(5 minutes)');
  });

  it('refuses to synthesize prod with a test-mode payment provider', () => {
    const workDir = mkdtempSync(path.join(tmpdir(), 'videoshops-synth-'));
    try {
      const app = new App({ outdir: path.join(workDir, 'cdk.out'), context: cdkJsonContext() });
      const stage = { ...stageConfig('prod'), payments: { apiUrl: 'https://api.stripe.com', mode: 'test' as const } };
      expect(
        () =>
          new ApiStack(app, 'Refused', {
            api: videoshopsApi,
            stage,
            env: { account: PLACEHOLDER_ACCOUNT, region: PLACEHOLDER_REGION },
            buildDir: path.join(workDir, 'build'),
          }),
      ).toThrow('Stage prod must use a live payment provider, not test mode');
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});
