import { App } from 'aws-cdk-lib';
import { CONFIGURATION } from './config/stages.ts';
import {
  LOGGING_STAGE,
  pipelineStages,
  validateConfiguration,
  type Configuration,
  type PermissionSetName,
  type Placement,
} from './stages.ts';
import { DeployAccessStack } from './deploy-access-stack.ts';
import { addNagChecks } from './nag.ts';
import { OperatorAccessStack } from './operator-access-stack.ts';

export const OPERATOR_ACCESS_STACK_NAME = 'VideoshopsOperatorAccess';
export const deployAccessStackName = (stages: string[]) => `VideoshopsDeployAccess-${stages.join('-')}`;

/**
 * The one-time stacks, apart from the stages' app because the pipeline cannot deploy them (a role
 * cannot deploy itself): per account, the deploy roles GitHub Actions assumes; for the
 * organization, the operators' permission sets. `npm run access -- deploy <stack>`.
 */
export function createAccessApp({
  app = new App(),
  configuration = CONFIGURATION,
}: { app?: App; configuration?: Configuration } = {}): App {
  validateConfiguration(configuration);
  addNagChecks(app);
  const stages = pipelineStages(configuration);
  const byAccount = new Map<string, Record<string, Placement>>();
  for (const [stage, placement] of stages) byAccount.set(placement.account, { ...byAccount.get(placement.account), [stage]: placement });
  for (const [account, accountStages] of byAccount) {
    new DeployAccessStack(app, deployAccessStackName(Object.keys(accountStages)), {
      repository: configuration.repository,
      stages: accountStages,
      env: { account, region: Object.values(accountStages)[0]!.region },
      terminationProtection: true,
      tags: { project: 'videoshops' },
      description: `Videoshops: the roles GitHub Actions deploys ${Object.keys(accountStages).join(', ')} with`,
    });
  }

  const assignments: Record<string, PermissionSetName[]> = {};
  for (const [stage, { account }] of stages) {
    // prod changes only through the pipeline, with its approval; break-glass is for everything else.
    const sets: PermissionSetName[] =
      stage === 'prod' || stage === LOGGING_STAGE ? ['readOnly', 'breakGlass'] : ['readOnly', 'deployer', 'breakGlass'];
    assignments[account] = [...new Set([...(assignments[account] ?? []), ...sets])];
  }
  new OperatorAccessStack(app, OPERATOR_ACCESS_STACK_NAME, {
    organization: configuration.organization,
    assignments,
    deployerAccounts: stages.filter(([stage]) => stage !== 'prod' && stage !== LOGGING_STAGE).map(([, placement]) => placement),
    env: { account: configuration.organization.account, region: configuration.organization.region },
    terminationProtection: true,
    tags: { project: 'videoshops' },
    description: 'Videoshops: IAM Identity Center permission sets for operators, and which accounts each group reaches',
  });
  return app;
}
