import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { ApiStack } from './api-stack.ts';
import { CONFIGURATION } from './config/stages.ts';
import { deployedApis } from './deployed-apis.ts';
import { stageEnvironment } from './environment.ts';
import { LoggingStack } from './logging-stack.ts';
import { addNagChecks } from './nag.ts';
import { LOGGING_STAGE, stageConfig, stageConfigs, validateConfiguration, type Configuration } from './stages.ts';

export interface CreateAppOptions {
  app?: App;
  configuration?: Configuration;
  /** Resolver bundles and deployed schemas go to `<buildRoot>/<stage>/appsync/<api>/`. */
  buildRoot?: string;
}

/** The name of the logging account's stack. */
export const LOGGING_STACK_NAME = 'VideoshopsLogs';

/**
 * Builds the CDK app from infra/config/stages.ts: every stage and the logging account, or the one
 * `-c stage=<name>` selects (`-c stage=logging` for the logging account). Synth needs no
 * credentials. Synth fails on any cdk-nag AwsSolutions finding that is not acknowledged (nag.ts).
 */
export function createApp({
  app = new App(),
  configuration = CONFIGURATION,
  buildRoot = path.join(PROJECT_ROOT, 'build'),
}: CreateAppOptions = {}): App {
  validateConfiguration(configuration);
  const selected: unknown = app.node.tryGetContext('stage');
  const context = { account: app.node.tryGetContext('account'), region: app.node.tryGetContext('region') };
  addNagChecks(app);

  if (selected === undefined || selected === LOGGING_STAGE) {
    new LoggingStack(app, LOGGING_STACK_NAME, {
      configuration,
      env: stageEnvironment(LOGGING_STAGE, configuration.logging, context),
      terminationProtection: true,
      tags: { project: 'videoshops', stage: LOGGING_STAGE },
      description: 'Videoshops central logs: the destinations every stage ships its logs to, and their archives',
    });
  }
  if (selected === LOGGING_STAGE) return app;

  const stages = selected === undefined ? stageConfigs(configuration) : [stageConfig(selected, configuration)];
  for (const stage of stages) {
    const env = stageEnvironment(stage.name, stage, context);
    for (const { stackName, api } of deployedApis(stage.name)) {
      new ApiStack(app, `${stackName}-${stage.name}`, {
        api,
        stage,
        env,
        buildDir: path.join(buildRoot, stage.name, 'appsync', api.name),
        terminationProtection: stage.name === 'prod',
        tags: { project: 'videoshops', stage: stage.name },
        description: `Videoshops ${api.name} API (${stage.name})`,
      });
    }
  }
  return app;
}
