import { readFileSync } from 'node:fs';
import path from 'node:path';
import { functionArnSubstitution, type StateMachineDeclaration } from '../../model/declaration.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';

export const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';

type State = {
  Type: string;
  Resource?: string;
  Parameters?: { FunctionName?: string };
  Branches?: Definition[];
  ItemProcessor?: Definition;
  Iterator?: Definition;
};
export type Definition = { StartAt: string; States: Record<string, State>; TimeoutSeconds?: number; Comment?: string };

/** The definition as deployed: `${<fn>FunctionArn}` replaced, as CDK's definitionSubstitutions do. */
export function loadDefinition(declaration: StateMachineDeclaration, functionArn: (name: string) => string): Definition {
  let text = readFileSync(path.join(PROJECT_ROOT, declaration.definitionFile), 'utf8');
  for (const fn of declaration.functions) text = text.split(`\${${functionArnSubstitution(fn)}}`).join(functionArn(fn));
  const unresolved = /\$\{[A-Za-z0-9_]+\}/.exec(text);
  if (unresolved)
    throw new Error(`State machine ${declaration.name}: ${unresolved[0]} has no substitution (declare the function it names).`);
  const definition = JSON.parse(text) as Definition;
  for (const [name, state] of taskStates(definition)) {
    if (state.Resource !== LAMBDA_INVOKE || typeof state.Parameters?.FunctionName !== 'string') {
      // Anything else would be sent to AWS by the engine: refuse it before any execution runs.
      throw new Error(`State machine ${declaration.name}: Task state ${name} uses ${state.Resource}, which has no local implementation.`);
    }
  }
  return definition;
}

/** Every Task state, nested ones included, by name. */
export function taskStates(definition: Definition): [string, State][] {
  return Object.entries(definition.States).flatMap(([name, state]): [string, State][] => [
    ...(state.Type === 'Task' ? [[name, state] as [string, State]] : []),
    ...(state.Branches ?? []).flatMap(taskStates),
    ...[state.ItemProcessor, state.Iterator].filter((d): d is Definition => !!d).flatMap(taskStates),
  ]);
}
