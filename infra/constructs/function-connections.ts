import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { stateMachineEnvName, type LambdaFunctionDeclaration } from '../../model/declaration.ts';
import { functionSettings } from '../../model/lambda-environment.ts';
import { acknowledge, acknowledgeWildcardResources } from '../nag.ts';
import { checkPaymentsConfig, type StageConfig } from '../stages.ts';
import type { LambdaFunctions } from './lambda-functions.ts';
import { stateMachineName, type StateMachines } from './state-machines.ts';

export interface FunctionConnectionsProps {
  /** The functions the stack deploys: the API's and the operations functions beside them. */
  functions: LambdaFunctionDeclaration[];
  namePrefix: string;
  stage: StageConfig;
  lambdaFunctions: LambdaFunctions;
  stateMachines: StateMachines;
  /** The Merged API's endpoint, for functions that publish through it. */
  graphqlUrl: string;
  /** The API's user pool, for functions that read it. */
  userPool: IUserPool;
}

/**
 * What the declared functions reach besides their tables, each granted exactly: the state
 * machines they start or describe, the GraphQL endpoint, the payment provider's secret, and
 * their schedules, and the user pool actions they call.
 */
export class FunctionConnections extends Construct {
  readonly paymentsSecret?: Secret;

  constructor(
    scope: Construct,
    id: string,
    { functions, namePrefix, stage, lambdaFunctions, stateMachines, graphqlUrl, userPool }: FunctionConnectionsProps,
  ) {
    super(scope, id);
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
        const machine = stateMachines.machines.get(name);
        if (!machine) throw new Error(`Function ${declaration.name} reaches state machine ${name}, which is not declared.`);
        fn.addEnvironment(stateMachineEnvName(name), machine.stateMachineArn);
        if (access === 'start') machine.grantStartExecution(fn);
        else {
          // The executions of this machine only: their ARNs are `…:execution:<machine name>:<execution name>`.
          const executions = Stack.of(this).formatArn({
            service: 'states',
            resource: 'execution',
            resourceName: `${stateMachineName(namePrefix, name)}:*`,
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
          // An event EventBridge cannot deliver goes where the function's own failures go.
          targets: [new LambdaFunction(fn, { retryAttempts: 0, deadLetterQueue: lambdaFunctions.deadLetterQueues.get(declaration.name) })],
        });
      }
      if (settings.graphqlApi) fn.addEnvironment('GRAPHQL_URL', graphqlUrl);
      if (settings.userPoolActions.length) {
        fn.addEnvironment('USER_POOL_ID', userPool.userPoolId);
        userPool.grant(fn, ...settings.userPoolActions.map((action) => `cognito-idp:${action}`));
      }
      if (settings.payments && this.paymentsSecret) {
        fn.addEnvironment('PAYMENTS_API_URL', stage.payments.apiUrl);
        fn.addEnvironment('PAYMENTS_SECRET_ARN', this.paymentsSecret.secretArn);
        this.paymentsSecret.grantRead(fn);
      }
    }
  }
}
