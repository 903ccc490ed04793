import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { App, Stack, Stage, Validations } from 'aws-cdk-lib';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { createApp } from '../../infra/create-app.ts';
import { NAG_PACKS } from '../../infra/nag.ts';
import { PLACEHOLDER_ACCOUNT } from '../../infra/environment.ts';
import { STAGE_NAMES, type StageName } from '../../infra/stages.ts';
import { cdkJsonContext } from './support/synthesize.ts';

// Each stage's app bundles every resolver and Lambda, which takes a while on 2 cores: each is built once.
describe('The CDK app', { timeout: 180_000 }, () => {
  const workDirs: string[] = [];
  const appFor = (context: Record<string, unknown>) => {
    const workDir = mkdtempSync(path.join(tmpdir(), 'videoshops-app-'));
    workDirs.push(workDir);
    const app = new App({ outdir: path.join(workDir, 'cdk.out'), context: { ...cdkJsonContext(), ...context } });
    return createApp({ app, env: {}, buildRoot: path.join(workDir, 'build') });
  };
  const CONTEXT: Record<StageName, Record<string, unknown>> = {
    dev: {}, // no stage given
    test: { stage: 'test', account: '123456789012', region: 'eu-west-1' },
    prod: { stage: 'prod' },
  };
  const apps = new Map<StageName, App>();
  const appOf = (stage: StageName) => apps.get(stage) ?? apps.set(stage, appFor(CONTEXT[stage])).get(stage)!;
  const stacksOf = (app: App) => app.node.children.filter(Stack.isStack);
  afterAll(() => workDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('synthesizes the dev stage with no credentials and no stage given', () => {
    // Act
    const assembly = appOf('dev').synth();
    // Assess
    expect(assembly.stacks.length).toBeGreaterThan(0);
    for (const stack of assembly.stacks) {
      expect(stack.stackName).toMatch(/-dev$/);
      expect(stack.environment.account).toBe(PLACEHOLDER_ACCOUNT);
    }
  });

  it('names the stage and environment of every stack from -c stage, -c account and -c region', () => {
    // Act
    const stacks = stacksOf(appOf('test'));
    // Assess
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) {
      expect(stack.stackName).toMatch(/-test$/);
      expect([stack.account, stack.region]).toEqual(['123456789012', 'eu-west-1']);
    }
  });

  it('never deploys the fixture API to prod, and protects prod stacks from deletion', () => {
    // Act
    const stacks = stacksOf(appOf('prod'));
    // Assess
    expect(stacks.filter((s) => s.stackName.includes('Fixture'))).toEqual([]);
    expect(stacks.filter((s) => !s.terminationProtection)).toEqual([]);
  });

  it('refuses a stage it does not know, naming the ones it does', () => {
    expect(() => appFor({ stage: 'staging' })).toThrow(/Unknown stage "staging": choose one of dev, test, prod/);
  });

  describe('checked by cdk-nag', () => {
    for (const stage of STAGE_NAMES) {
      it(`has no AWS Solutions or Serverless finding in ${stage}, error or warning, that is not acknowledged`, () => {
        // Act
        const violations = NAG_PACKS.flatMap((Pack) => new Pack().validateScope(appOf(stage)).violations);
        // Assess
        const findings = violations.flatMap((v) =>
          v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}: ${v.description}`),
        );
        expect(findings).toEqual([]);
      });
    }

    it('lets prod synthesize, as `npm run synth -- -c stage=prod` does, with the checks on', () => {
      // Act
      const assembly = appOf('prod').synth();
      // Assess
      expect(assembly.stacks.map((s) => s.stackName)).toEqual(['Videoshops-prod']);
    });

    it('fails synth on a finding nobody acknowledged', () => {
      // Prepare: a role with an AWS managed policy, in an app built as `cdk synth` builds it
      const app = appFor(CONTEXT.prod);
      const probe = new Stack(app, 'Probe', { env: { account: PLACEHOLDER_ACCOUNT, region: 'us-east-1' } });
      new Role(probe, 'Wide', {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      });
      // Act
      const synth = () => app.synth();
      // Assess
      expect(synth).toThrow(/AwsSolutions-IAM4\[Policy::arn:<AWS::Partition>:iam::aws:policy\/ReadOnlyAccess\]/);
    });

    it('acknowledges findings only on the resources they are about, never on a whole stack or the app, each with its reason', () => {
      for (const stage of STAGE_NAMES) {
        // Act
        const acknowledgements = appOf(stage)
          .node.findAll()
          .flatMap((construct) =>
            construct.node.metadata
              .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
              .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ construct, id, reason }))),
          );
        // Assess
        expect(acknowledgements.length).toBeGreaterThan(0);
        for (const { construct, id, reason } of acknowledgements) {
          expect(Stack.isStack(construct) || Stage.isStage(construct), `${id} on ${construct.node.path}`).toBe(false);
          expect(reason.length, `${id} on ${construct.node.path}: ${reason}`).toBeGreaterThan(60);
        }
      }
    });
  });
});
