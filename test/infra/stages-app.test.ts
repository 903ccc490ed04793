import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { App, Stack, Token } from 'aws-cdk-lib';
import { CfnRole } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { ApiStack } from '../../infra/api-stack.ts';
import { CONFIGURATION } from '../../infra/config/stages.ts';
import { MAX_SUBSCRIPTION_FILTERS } from '../../infra/constructs/central-logs.ts';
import { createApp, LOGGING_STACK_NAME } from '../../infra/create-app.ts';
import { stageConfig, type Configuration } from '../../infra/stages.ts';
import { cdkJsonContext } from './support/synthesize.ts';

type Resource = { Type: string; Properties: Record<string, any> };

// Every stage and the logging account in one app, as `npm run synth` builds it: synthesized once.
describe('Synthesizing every stage of the configuration', { timeout: 180_000 }, () => {
  const workDirs: string[] = [];
  const appFor = (context: Record<string, unknown>, configuration: Configuration = CONFIGURATION) => {
    const workDir = mkdtempSync(path.join(tmpdir(), 'videoshops-stages-'));
    workDirs.push(workDir);
    const app = new App({ outdir: path.join(workDir, 'cdk.out'), context: { ...cdkJsonContext(), ...context } });
    return createApp({ app, configuration, buildRoot: path.join(workDir, 'build') });
  };
  afterAll(() => workDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  let whole: App | undefined;
  const wholeApp = () => (whole ??= appFor({}));
  const apiStacks = () => wholeApp().node.children.filter((c): c is ApiStack => c instanceof ApiStack);

  it('puts every stage and the logging account into cdk.out, offline, each in the account and region the configuration names', () => {
    // Act
    const assembly = wholeApp().synth();
    // Assess
    expect(assembly.stacks.map((s) => [s.stackName, s.environment.account, s.environment.region]).sort()).toEqual(
      [
        [LOGGING_STACK_NAME, CONFIGURATION.logging.account, CONFIGURATION.logging.region],
        ...(['dev', 'test'] as const).flatMap((stage) =>
          ['Videoshops', 'VideoshopsFixture'].map((api) => [
            `${api}-${stage}`,
            CONFIGURATION.stages[stage].account,
            CONFIGURATION.stages[stage].region,
          ]),
        ),
        ['Videoshops-prod', CONFIGURATION.stages.prod.account, CONFIGURATION.stages.prod.region],
      ].sort(),
    );
  });

  it("ships every AppSync, Lambda, Step Functions and WAF log group of every stage to its archive's destination, and no log group past two filters", () => {
    for (const stack of apiStacks()) {
      // Prepare
      const resources: Record<string, Resource> = wholeApp().synth().getStackByName(stack.stackName).template.Resources;
      const filters = Object.values(resources).filter((r) => r.Type === 'AWS::Logs::SubscriptionFilter');
      const groups = stack.node.findAll().filter((c) => c instanceof LogGroup);
      // Act
      const filtered = new Map<string, string[]>();
      for (const { Properties: p } of filters)
        filtered.set(p.LogGroupName.Ref, [...(filtered.get(p.LogGroupName.Ref) ?? []), p.DestinationArn]);
      // Assess
      const kinds = new Set(groups.map((g) => g.node.path.split('/')[1]!.replace(/^SourceApi-.*/, 'SourceApi')));
      if (stack.stackName.startsWith('Videoshops-'))
        expect(kinds).toEqual(new Set(['SourceApi', 'MergedApi', 'Functions', 'Users', 'Workflows', 'Firewall']));
      for (const group of groups) {
        expect(filtered.get(stack.getLogicalId(group.node.defaultChild as never)), group.node.path).toEqual([
          stageConfig(stack.tags.tagValues().stage).logDestinationArn,
        ]);
      }
      for (const [group, destinations] of filtered) expect(destinations.length, group).toBeLessThanOrEqual(MAX_SUBSCRIPTION_FILTERS);
    }
  });

  it('selects only the logging account with -c stage=logging, and only one stage with -c stage=<name>', () => {
    // Act
    const logging = appFor({ stage: 'logging' });
    // Assess
    expect(logging.node.children.filter(Stack.isStack).map((s) => s.stackName)).toEqual([LOGGING_STACK_NAME]);
  });

  it('refuses -c account that contradicts the configuration before building anything', () => {
    // Act
    const contradicted = () => appFor({ stage: 'prod', account: '123456789012' });
    // Assess
    expect(contradicted).toThrow(
      `-c account=123456789012 contradicts infra/config/stages.ts, which deploys prod to account ${CONFIGURATION.stages.prod.account}`,
    );
  });

  it('names every fixed IAM role after its region, so a stage deployed to two regions of its account collides with nothing', () => {
    // Prepare: prod as the file has it, and prod with everything moved to another region
    const elsewhere: Configuration = {
      ...CONFIGURATION,
      logging: { ...CONFIGURATION.logging, region: 'us-west-2' },
      stages: Object.fromEntries(Object.entries(CONFIGURATION.stages).map(([name, stage]) => [name, { ...stage, region: 'us-west-2' }])),
    };
    const roleNames = (stack: Stack) =>
      stack.node
        .findAll()
        // Names CDK generates (undefined, or a token) carry the stack's unique id already.
        .filter((c): c is CfnRole => c instanceof CfnRole && typeof c.roleName === 'string' && !Token.isUnresolved(c.roleName))
        .map((role) => role.roleName!);
    const prodOf = (app: App) => app.node.children.find((c): c is Stack => Stack.isStack(c) && c.stackName === 'Videoshops-prod')!;
    // Act
    const here = roleNames(prodOf(wholeApp()));
    const there = roleNames(prodOf(appFor({ stage: 'prod' }, elsewhere)));
    // Assess
    expect(here.length).toBeGreaterThan(0);
    expect(here.every((name) => name.endsWith('-eu-west-1'))).toBe(true);
    expect(there).toEqual(here.map((name) => name.replace(/-eu-west-1$/, '-us-west-2')));
  });
});
