import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDefinition } from '../../local/stepfunctions/definition.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { checkoutStateMachine } from '../../model/apis/commerce.ts';

const arn = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;

describe('A state machine definition, as the runtime loads it', () => {
  const dir = mkdtempSync(path.join(PROJECT_ROOT, 'node_modules', '.cache', 'definition-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (definition: unknown) => {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.asl.json`);
    writeFileSync(file, JSON.stringify(definition));
    return path.relative(PROJECT_ROOT, file);
  };

  it('substitutes every declared function’s ARN, as CDK’s definitionSubstitutions do', () => {
    const definition = loadDefinition(checkoutStateMachine, arn);

    const functions = Object.values(definition.States).flatMap((s) => (s.Parameters?.FunctionName ? [s.Parameters.FunctionName] : []));
    expect(new Set(functions)).toEqual(new Set([arn('orderWorkflow')]));
    expect(JSON.stringify(definition)).not.toContain('${');
  });

  it('refuses a Task state with no local implementation rather than let it call AWS', () => {
    const definitionFile = write({
      StartAt: 'Put',
      States: { Put: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 't', Item: {} }, End: true } },
    });

    expect(() => loadDefinition({ name: 'direct', definitionFile, functions: [] }, arn)).toThrow(
      'State machine direct: Task state Put uses arn:aws:states:::dynamodb:putItem, which has no local implementation.',
    );
  });

  it('refuses a substitution no declared function provides', () => {
    const definitionFile = write({
      StartAt: 'Step',
      States: {
        Step: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${otherFunctionArn}' }, End: true },
      },
    });

    expect(() => loadDefinition({ name: 'undeclared', definitionFile, functions: [] }, arn)).toThrow(
      '${otherFunctionArn} has no substitution',
    );
  });

  it('keeps the saga’s time limit inside a payment provider’s 24-hour idempotency window', () => {
    expect(loadDefinition(checkoutStateMachine, arn).TimeoutSeconds).toBeLessThanOrEqual(24 * 3600);
  });
});
