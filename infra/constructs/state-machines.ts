import path from 'node:path';
import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { functionArnSubstitution, stateMachineEnvName, type ApiDeclaration } from '../../model/declaration.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { functionSettings } from '../../model/lambda-environment.ts';
import { acknowledge, acknowledgeWildcardResources } from '../nag.ts';
import { checkPaymentsConfig, type StageConfig } from '../stages.ts';
import type { LambdaFunctions } from './lambda-functions.ts';

export interface StateMachinesProps {
  api: ApiDeclaration;
  namePrefix: string;
  stage: StageConfig;
  lambdaFunctions: LambdaFunctions;
  /** The Merged API's endpoint, for functions that publish through it. */
  graphqlUrl: string;
}

/**
 * The declared Standard workflows, each from its ASL file with the declared functions' ARNs
 * substituted (the same file the local runtime runs), and what the functions reach besides
 * tables: the state machines they start, the GraphQL endpoint, the payment provider's secret.
 */
export class StateMachines extends Construct {
  readonly machines = new Map<string, StateMachine>();
  readonly paymentsSecret?: Secret;

  constructor(scope: Construct, id: string, { api, namePrefix, stage, lambdaFunctions, graphqlUrl }: StateMachinesProps) {
    super(scope, id);
    for (const declaration of api.stateMachines ?? []) {
      const logGroup = new LogGroup(this, `${declaration.name}Logs`, {
        logGroupName: `/aws/vendedlogs/states/${namePrefix}-${declaration.name}`,
        retention: stage.logRetention,
        removalPolicy: stage.removalPolicy,
      });
      const machine = new StateMachine(this, declaration.name, {
        stateMachineName: `${namePrefix}-${declaration.name}`,
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

    const functions = api.lambdaFunctions ?? [];
    if (functions.some((fn) => fn.payments)) {
      checkPaymentsConfig(stage);
      this.paymentsSecret = new Secret(this, 'PaymentsKey', {
        secretName: `${namePrefix}-payments-key`,
        description: `The payment provider's ${stage.payments.mode} secret key; set its value after the first deploy.`,
        removalPolicy: stage.removalPolicy,
      });
      acknowledge(this.paymentsSecret, 'SMG4', "The provider's keys are rotated in its dashboard; Secrets Manager cannot rotate them.");
    }
    for (const declaration of functions) {
      const settings = functionSettings(declaration);
      const fn = lambdaFunctions.get(declaration.name);
      for (const { name, access } of settings.stateMachines) {
        const machine = this.machines.get(name);
        if (!machine) throw new Error(`Function ${declaration.name} reaches state machine ${name}, which is not declared.`);
        fn.addEnvironment(stateMachineEnvName(name), machine.stateMachineArn);
        if (access === 'start') machine.grantStartExecution(fn);
        else {
          // The executions of this machine only: their ARNs are `…:execution:<machine name>:<execution name>`.
          const executions = Stack.of(this).formatArn({
            service: 'states',
            resource: 'execution',
            resourceName: `${namePrefix}-${name}:*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          });
          fn.addToRolePolicy(new PolicyStatement({ actions: ['states:DescribeExecution'], resources: [executions] }));
          acknowledgeWildcardResources(
            fn.role!,
            [executions],
            'Execution names are chosen per checkout; the wildcard covers this one machine.',
          );
        }
      }
      if (declaration.schedule) {
        new Rule(this, `${declaration.name}Schedule`, {
          description: `Runs ${declaration.name} every ${declaration.schedule.rateMinutes} minutes`,
          schedule: Schedule.rate(Duration.minutes(declaration.schedule.rateMinutes)),
          targets: [new LambdaFunction(fn, { retryAttempts: 0 })],
        });
      }
      if (settings.graphqlApi) fn.addEnvironment('GRAPHQL_URL', graphqlUrl);
      if (settings.payments && this.paymentsSecret) {
        fn.addEnvironment('PAYMENTS_API_URL', stage.payments.apiUrl);
        fn.addEnvironment('PAYMENTS_SECRET_ARN', this.paymentsSecret.secretArn);
        this.paymentsSecret.grantRead(fn);
      }
    }
  }
}
