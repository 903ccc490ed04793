import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import { createApp } from '../../infra/create-app.ts';
import { PLACEHOLDER_ACCOUNT } from '../../infra/environment.ts';
import { cdkJsonContext } from './support/synthesize.ts';

// Each test builds whole stages: every resolver and Lambda is bundled, which takes a while on 2 cores.
describe('The CDK app', { timeout: 180_000 }, () => {
  const workDirs: string[] = [];
  const appFor = (context: Record<string, unknown>) => {
    const workDir = mkdtempSync(path.join(tmpdir(), 'videoshops-app-'));
    workDirs.push(workDir);
    const app = new App({ outdir: path.join(workDir, 'cdk.out'), context: { ...cdkJsonContext(), ...context } });
    return createApp({ app, env: {}, buildRoot: path.join(workDir, 'build') });
  };
  const stacksOf = (app: App) => app.node.children.filter(Stack.isStack);
  afterEach(() => workDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('synthesizes the dev stage with no credentials and no stage given', () => {
    // Act
    const assembly = appFor({}).synth();
    // Assess
    expect(assembly.stacks.length).toBeGreaterThan(0);
    for (const stack of assembly.stacks) {
      expect(stack.stackName).toMatch(/-dev$/);
      expect(stack.environment.account).toBe(PLACEHOLDER_ACCOUNT);
    }
  });

  it('names the stage and environment of every stack from -c stage, -c account and -c region', () => {
    // Act
    const stacks = stacksOf(appFor({ stage: 'test', account: '123456789012', region: 'eu-west-1' }));
    // Assess
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) {
      expect(stack.stackName).toMatch(/-test$/);
      expect([stack.account, stack.region]).toEqual(['123456789012', 'eu-west-1']);
    }
  });

  it('never deploys the fixture API to prod, and protects prod stacks from deletion', () => {
    // Act
    const stacks = stacksOf(appFor({ stage: 'prod' }));
    // Assess
    expect(stacks.filter((s) => s.stackName.includes('Fixture'))).toEqual([]);
    expect(stacks.filter((s) => !s.terminationProtection)).toEqual([]);
  });

  it('refuses a stage it does not know, naming the ones it does', () => {
    expect(() => appFor({ stage: 'staging' })).toThrow(/Unknown stage "staging": choose one of dev, test, prod/);
  });
});
