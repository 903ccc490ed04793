import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly, CloudFormationStackArtifact } from 'aws-cdk-lib/cx-api';
import { PROJECT_ROOT } from '../../../model/project-root.ts';
import type { ApiDeclaration } from '../../../model/declaration.ts';
import { ApiStack } from '../../../infra/api-stack.ts';
import { PLACEHOLDER_ACCOUNT, PLACEHOLDER_REGION } from '../../../infra/environment.ts';
import { stageConfig, type StageConfig, type StageName } from '../../../infra/stages.ts';

export interface SynthesizedStack {
  stack: ApiStack;
  assembly: CloudAssembly;
  artifact: CloudFormationStackArtifact;
  template: Template;
  /** Removes the cloud assembly and bundles written for this synth. */
  remove(): void;
}

/** The context `cdk synth` runs with (feature flags from cdk.json), so tests synthesize what deploys. */
export function cdkJsonContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context ?? {};
}

/**
 * Synthesizes one ApiStack into a private folder, as `cdk synth` would, without credentials;
 * `settings` changes the stage's configuration for what only some stages would set.
 */
export function synthesizeApiStack(api: ApiDeclaration, stage: StageName = 'dev', settings: Partial<StageConfig> = {}): SynthesizedStack {
  const workDir = mkdtempSync(path.join(tmpdir(), 'videoshops-synth-'));
  const app = new App({ outdir: path.join(workDir, 'cdk.out'), context: cdkJsonContext() });
  const stack = new ApiStack(app, `Test-${api.name}-${stage}`, {
    api,
    stage: { ...stageConfig(stage), ...settings },
    env: { account: PLACEHOLDER_ACCOUNT, region: PLACEHOLDER_REGION },
    buildDir: path.join(workDir, 'build'),
  });
  const assembly = app.synth();
  const artifact = assembly.getStackArtifact(stack.artifactId);
  return {
    stack,
    assembly,
    artifact,
    template: Template.fromJSON(artifact.template),
    remove: () => rmSync(workDir, { recursive: true, force: true }),
  };
}
