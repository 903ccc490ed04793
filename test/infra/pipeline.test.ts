import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { App, Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CONFIGURATION } from '../../infra/config/stages.ts';
import { pipelineStages } from '../../infra/stages.ts';
import { createAccessApp, deployAccessStackName, OPERATOR_ACCESS_STACK_NAME } from '../../infra/create-access-app.ts';
import { cdkBootstrapRoleArns, deployRoleName, type DeployAccessStack } from '../../infra/deploy-access-stack.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';

type Job = {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  uses?: string;
  with?: Record<string, string>;
  environment?: string;
  steps?: { uses?: string; run?: string; with?: Record<string, string> }[];
};
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };

const workflow = (name: string): Workflow => parse(readFileSync(path.join(PROJECT_ROOT, '.github/workflows', name), 'utf8'));

describe('The delivery workflow (.github/workflows/delivery.yml)', () => {
  const delivery = workflow('delivery.yml');
  const deployStage = workflow('deploy-stage.yml');
  const deployJobs = Object.entries(delivery.jobs).filter(([, job]) => job.uses === './.github/workflows/deploy-stage.yml');
  const needs = (job: Job) => [job.needs ?? []].flat();

  it('runs on pull requests and on pushes to main, with read-only repository access unless a job asks for more', () => {
    expect(Object.keys(delivery.on)).toEqual(['pull_request', 'push']);
    expect(delivery.on.push).toEqual({ branches: ['main'] });
    expect(delivery.permissions).toEqual({ contents: 'read' });
  });

  it('runs the test command .ci/run runs, and synthesizes every stage and the one-time stacks, with no AWS credentials', () => {
    // Act
    const { test, synth } = delivery.jobs;
    // Assess
    expect(readFileSync(path.join(PROJECT_ROOT, '.ci/run'), 'utf8')).toMatch(/\nnpm test\n$/);
    expect(test!.steps!.map((s) => s.run).filter(Boolean)).toEqual(['.ci/run']);
    expect(synth!.steps!.map((s) => s.run).filter(Boolean)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run synth',
      'npm run access -- synth --quiet',
    ]);
    for (const job of [test!, synth!]) {
      expect(job.permissions).toBeUndefined();
      expect(job.if).toBeUndefined();
      expect(job.steps!.some((s) => s.uses?.startsWith('aws-actions/'))).toBe(false);
    }
  });

  it('deploys every stage of the configuration, the logging account first, each after the one before, and only from main once tests and synth pass', () => {
    // Act
    const order = deployJobs.map(([, job]) => job.with!.stage);
    // Assess
    expect(order).toEqual(pipelineStages(CONFIGURATION).map(([name]) => name));
    expect(order).toEqual(['logging', 'dev', 'test', 'prod']);
    const [[, first], ...rest] = deployJobs;
    expect(first!.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(needs(first!)).toEqual(['test', 'synth']);
    rest.forEach(([, job], index) => expect(needs(job)).toEqual([deployJobs[index]![0]]));
  });

  it('asks GitHub for an OIDC token only in the deploy jobs', () => {
    // Act
    const withToken = Object.entries(delivery.jobs).filter(([, job]) => job.permissions?.['id-token'] === 'write');
    // Assess
    expect(withToken.map(([name]) => name)).toEqual(deployJobs.map(([name]) => name));
    for (const [, job] of withToken) expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(deployStage.permissions).toEqual({ contents: 'read' });
    expect(deployStage.jobs.deploy!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  it("deploys a stage in the GitHub environment named after it (prod's has required reviewers), with the role its account made for it", () => {
    // Act
    const { deploy } = deployStage.jobs;
    const steps = deploy!.steps!;
    // Assess
    expect(deploy!.environment).toBe('${{ inputs.stage }}');
    expect(steps.map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci --no-audit --no-fund',
      'npx tsx infra/deploy-target.ts "$STAGE" >> "$GITHUB_OUTPUT"',
      'aws-actions/configure-aws-credentials@v4',
      'npx cdk deploy --all -c "stage=$STAGE" --require-approval never --progress events',
    ]);
    expect(steps[4]!.with).toMatchObject({
      'role-to-assume': '${{ steps.target.outputs.role }}',
      'aws-region': '${{ steps.target.outputs.region }}',
    });
  });
});

describe('The one-time access stacks (npm run access)', () => {
  const app = createAccessApp({ app: new App() });
  const stacks = app.node.children.filter(Stack.isStack);
  const templateOf = (name: string) =>
    app.synth().getStackByName(name).template as { Resources: Record<string, { Type: string; Properties: any }> };

  it('makes one deploy-access stack per account, each with the one OIDC provider an account may have for GitHub', () => {
    // Act
    const names = stacks.map((s) => s.stackName);
    // Assess
    expect(names).toEqual([
      ...['logging', 'dev', 'test', 'prod'].map((stage) => deployAccessStackName([stage])),
      OPERATOR_ACCESS_STACK_NAME,
    ]);
    for (const name of names.slice(0, -1)) {
      expect(Object.values(templateOf(name).Resources).filter((r) => r.Type === 'AWS::IAM::OIDCProvider')).toEqual([
        {
          Type: 'AWS::IAM::OIDCProvider',
          Properties: { Url: 'https://token.actions.githubusercontent.com', ClientIdList: ['sts.amazonaws.com'] },
        },
      ]);
    }
  });

  it("lets only this repository's job in the stage's GitHub environment assume the stage's deploy role, and the role only assume CDK's bootstrap roles", () => {
    for (const [stage, placement] of pipelineStages(CONFIGURATION)) {
      // Prepare
      const stack = stacks.find((s) => s.stackName === deployAccessStackName([stage])) as DeployAccessStack;
      const resources = templateOf(stack.stackName).Resources;
      const roleId = stack.getLogicalId(stack.roles.get(stage)!.node.defaultChild as never);
      // Act
      const role = resources[roleId]!.Properties;
      const policies = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles[0].Ref === roleId);
      // Assess
      expect(stack.account).toBe(placement.account);
      expect(role.RoleName).toBe(deployRoleName(stage));
      expect(role.MaxSessionDuration).toBe(3600);
      expect(role.AssumeRolePolicyDocument.Statement).toEqual([
        {
          Action: 'sts:AssumeRoleWithWebIdentity',
          Effect: 'Allow',
          Principal: { Federated: { Ref: expect.stringMatching(/^GitHub/) } },
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': `repo:${CONFIGURATION.repository}:environment:${stage}`,
            },
          },
        },
      ]);
      expect(policies.flatMap((p) => p.Properties.PolicyDocument.Statement)).toEqual([
        { Action: 'sts:AssumeRole', Effect: 'Allow', Resource: cdkBootstrapRoleArns(placement) },
      ]);
    }
  });

  it('gives operators read-only and break-glass access everywhere, and the deployer set only outside prod and logging', () => {
    // Act
    const resources = Object.values(templateOf(OPERATOR_ACCESS_STACK_NAME).Resources);
    const sets = resources.filter((r) => r.Type === 'AWS::SSO::PermissionSet').map((r) => r.Properties);
    const assignments = resources
      .filter((r) => r.Type === 'AWS::SSO::Assignment')
      .map((r) => `${r.Properties.PrincipalId} → ${r.Properties.TargetId}`)
      .sort();
    // Assess
    expect(sets.map((s) => [s.Name, s.SessionDuration])).toEqual([
      ['VideoshopsReadOnly', 'PT8H'],
      ['VideoshopsDeployer', 'PT4H'],
      ['VideoshopsBreakGlass', 'PT1H'],
    ]);
    const { readOnly, deployer, breakGlass } = CONFIGURATION.organization.groups;
    const { dev, test, prod } = CONFIGURATION.stages;
    const everywhere = [CONFIGURATION.logging.account, dev.account, test.account, prod.account];
    expect(assignments).toEqual(
      [
        ...everywhere.flatMap((a) => [`${readOnly} → ${a}`, `${breakGlass} → ${a}`]),
        `${deployer} → ${dev.account}`,
        `${deployer} → ${test.account}`,
      ].sort(),
    );
  });

  it('has no AWS Solutions finding', () => {
    // Act
    const { violations } = new AwsSolutionsChecks().validateScope(app);
    // Assess
    expect(violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`))).toEqual([]);
  });
});
