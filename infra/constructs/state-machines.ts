import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { functionArnSubstitution, type ApiDeclaration } from '../../model/declaration.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { logDataProtection } from '../log-data-protection.ts';
import { acknowledge, acknowledgeWildcardResources } from '../nag.ts';
import type { StageConfig } from '../stages.ts';
import type { LambdaFunctions } from './lambda-functions.ts';

export interface StateMachinesProps {
  api: ApiDeclaration;
  namePrefix: string;
  stage: StageConfig;
  lambdaFunctions: LambdaFunctions;
}

/** A deployed state machine's name: the API's and stage's prefix, then the declared name. */
export const stateMachineName = (namePrefix: string, name: string) => `${namePrefix}-${name}`;

/**
 * The declared Standard workflows, each from its ASL file with the declared functions' ARNs
 * substituted (the same file the local runtime runs).
 */
export class StateMachines extends Construct {
  readonly machines = new Map<string, StateMachine>();

  constructor(scope: Construct, id: string, { api, namePrefix, stage, lambdaFunctions }: StateMachinesProps) {
    super(scope, id);
    for (const declaration of api.stateMachines ?? []) {
      const logGroup = new LogGroup(this, `${declaration.name}Logs`, {
        logGroupName: `/aws/vendedlogs/states/${stateMachineName(namePrefix, declaration.name)}`,
        retention: stage.logRetention,
        removalPolicy: stage.removalPolicy,
        dataProtectionPolicy: logDataProtection(),
      });
      const machine = new StateMachine(this, declaration.name, {
        stateMachineName: stateMachineName(namePrefix, declaration.name),
        stateMachineType: StateMachineType.STANDARD,
        definitionBody: DefinitionBody.fromFile(path.join(PROJECT_ROOT, declaration.definitionFile)),
        definitionSubstitutions: Object.fromEntries(
          declaration.functions.map((name) => [functionArnSubstitution(name), lambdaFunctions.get(name).functionArn]),
        ),
        tracingEnabled: true,
        logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: stage.workflowExecutionData },
        // The definition's own TimeoutSeconds bounds each execution; this bounds the deploy-time default too.
        timeout: Duration.hours(1),
      });
      for (const name of declaration.functions) lambdaFunctions.get(name).grantInvoke(machine);
      acknowledgeWildcardResources(
        machine,
        declaration.functions.map((name) => `${lambdaFunctions.get(name).functionArn}:*`),
        "Invoking a function includes its versions and aliases (`<arn>:*`), as CDK's grantInvoke grants it.",
      );
      acknowledge(machine, 'IAM5[Resource::*]', 'X-Ray and CloudWatch Logs delivery actions have no resource-level permissions.');
      this.machines.set(declaration.name, machine);
    }
  }
}
