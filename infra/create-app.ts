import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { ApiStack } from './api-stack.ts';
import { deployedApis } from './deployed-apis.ts';
import { stageEnvironment } from './environment.ts';
import { addNagChecks } from './nag.ts';
import { stageConfig } from './stages.ts';

export interface CreateAppOptions {
  app?: App;
  env?: NodeJS.ProcessEnv;
  /** Resolver bundles and deployed schemas go to `<buildRoot>/appsync/<api>/`. */
  buildRoot?: string;
}

/**
 * Builds the CDK app: `cdk synth -c stage=dev|test|prod [-c account=123456789012 -c region=eu-west-1]`.
 * Synth needs no credentials; see environment.ts for where account and region come from.
 * Synth fails on any cdk-nag AwsSolutions finding that is not acknowledged (nag.ts).
 */
export function createApp({
  app = new App(),
  env = process.env,
  buildRoot = path.join(PROJECT_ROOT, 'build'),
}: CreateAppOptions = {}): App {
  const stage = stageConfig(app.node.tryGetContext('stage') ?? 'dev');
  addNagChecks(app);
  const environment = stageEnvironment(stage.name, {
    context: { account: app.node.tryGetContext('account'), region: app.node.tryGetContext('region') },
    env,
  });
  for (const { stackName, api } of deployedApis(stage.name)) {
    new ApiStack(app, `${stackName}-${stage.name}`, {
      api,
      stage,
      env: environment,
      buildDir: path.join(buildRoot, 'appsync', api.name),
      terminationProtection: stage.name === 'prod',
      tags: { project: 'videoshops', stage: stage.name },
      description: `Videoshops ${api.name} API (${stage.name})`,
    });
  }
  return app;
}
