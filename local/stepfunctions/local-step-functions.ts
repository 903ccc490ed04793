import type { ApiDeclaration } from '../../model/declaration.ts';
import { functionArn } from '../../model/lambda-environment.ts';
import type { Route } from '../http/server.ts';
import type { LambdaHost } from '../lambda/host.ts';
import { loadDefinition } from './definition.ts';
import { SfnError } from './errors.ts';
import { LocalExecutions, type LocalStateMachine } from './executions.ts';
import { STEP_FUNCTIONS_PATH, stepFunctionsRoute } from './route.ts';

export interface LocalStepFunctions {
  executions: LocalExecutions;
  route: Route;
  path: string;
  /** The endpoint URL, once the runtime listens. */
  endpoint: string;
  arnOf(name: string): string;
  stop(): Promise<void>;
}

/**
 * The declared state machines with their definitions as deployed, run locally: each Task state
 * invokes the declared function in its local execution environments (the current ones, after a
 * watch-mode reload too).
 */
export function startStepFunctions(options: {
  api: ApiDeclaration;
  region: string;
  accountId: string;
  lambdas: () => LambdaHost;
}): LocalStepFunctions {
  const nameOf = (name: string) => `${options.api.name}-${name}`;
  const arnOf = (name: string) => `arn:aws:states:${options.region}:${options.accountId}:stateMachine:${nameOf(name)}`;
  const machines = new Map<string, LocalStateMachine>(
    (options.api.stateMachines ?? []).map((declaration) => {
      const arn = arnOf(declaration.name);
      const definition = loadDefinition(declaration, (fn) => functionArn(options, fn));
      return [arn, { name: nameOf(declaration.name), arn, definition, createdAt: new Date() }];
    }),
  );
  const executions = new LocalExecutions(machines, async (functionName, payload) => {
    // Lambda takes a function's name or its ARN (`arn:aws:lambda:<region>:<account>:function:<name>`).
    const name = functionName.startsWith('arn:') ? functionName.split(':')[6]! : functionName;
    const fn = options.lambdas().functions.get(name);
    if (!fn) throw new SfnError('Lambda.ResourceNotFoundException', `Function not found: ${functionName}`);
    return fn.invoke(payload);
  });
  return {
    executions,
    route: stepFunctionsRoute(executions),
    path: STEP_FUNCTIONS_PATH,
    endpoint: '',
    arnOf,
    async stop() {
      for (const execution of executions.list('', 'RUNNING')) executions.stop(execution.executionArn);
      await Promise.race([executions.settled(), new Promise((resolve) => setTimeout(resolve, 2000))]);
    },
  };
}
