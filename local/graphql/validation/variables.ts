// Ports of graphql-java's variable rules. Three of them also walk every fragment an operation
// spreads, so a variable used in a fragment is checked once per spread, at its place in the walk.
import {
  GraphQLNonNull,
  Kind,
  getNamedType,
  isInputType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLType,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { javaTypeName, javaTypeSignature, javaValueNode } from '../java-format.ts';
import { isValidLiteralValue } from './literals.ts';
import { reporter } from './reporter.ts';
import type { RuleFactory } from './context.ts';

export const noUndefinedVariables: RuleFactory = (context) => {
  const report = reporter(context);
  const defined = new Set<string>();
  return {
    visitsFragmentSpreads: true,
    checkOperationDefinition() {
      defined.clear();
    },
    checkVariableDefinition(definition) {
      defined.add(definition.variable.name.value);
    },
    checkVariable(variable) {
      if (!defined.has(variable.name.value)) report('undefinedVariable', [variable.name.value], variable);
    },
  };
};

export const noUnusedVariables: RuleFactory = (context) => {
  const report = reporter(context);
  let definitions: VariableDefinitionNode[] = [];
  const used = new Set<string>();
  return {
    visitsFragmentSpreads: true,
    checkOperationDefinition() {
      definitions = [];
      used.clear();
    },
    checkVariableDefinition(definition) {
      definitions.push(definition);
    },
    checkVariable(variable) {
      used.add(variable.name.value);
    },
    leaveOperationDefinition() {
      for (const definition of definitions) {
        const name = definition.variable.name.value;
        if (!used.has(name)) report('unusedVariable', [name], definition);
      }
    },
  };
};

export const variablesAreInputTypes: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkVariableDefinition(definition) {
      const type = context.schema.getType(namedTypeOf(definition));
      if (type && !isInputType(type)) report('nonInputTypeOnVariable', [], definition);
    },
  };
};

function namedTypeOf(definition: VariableDefinitionNode): string {
  let type = definition.type;
  while (type.kind !== Kind.NAMED_TYPE) type = type.type;
  return type.name.value;
}

export const uniqueVariableNames: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkOperationDefinition(operation) {
      const seen = new Set<string>();
      for (const definition of operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        if (seen.has(name)) report('duplicateVariableName', [name], definition);
        else seen.add(name);
      }
    },
  };
};

export const variableDefaultValuesOfCorrectType: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkVariableDefinition(definition) {
      const type = context.traversal.inputType;
      const defaultValue = definition.defaultValue;
      if (!type || !defaultValue) return;
      if (isNonNullType(type)) report('defaultForNonNullArgument', [], definition);
      if (!isValidLiteralValue(defaultValue, type)) {
        report('badValueForDefaultArg', [javaValueNode(defaultValue), javaTypeName(type)], definition);
      }
    },
  };
};

export const variableTypesMatch: RuleFactory = (context) => {
  const report = reporter(context);
  const definitions = new Map<string, VariableDefinitionNode>();
  return {
    visitsFragmentSpreads: true,
    checkOperationDefinition() {
      definitions.clear();
    },
    checkVariableDefinition(definition) {
      definitions.set(definition.variable.name.value, definition);
    },
    checkVariable(variable) {
      const definition = definitions.get(variable.name.value);
      const declared = definition && typeFromAST(context.schema, definition.type);
      const expected = context.traversal.inputType;
      if (!declared || !expected) return;
      const effective = effectiveType(declared, definition.defaultValue);
      if (!fits(effective, expected)) {
        report('variableTypeMismatch', [javaTypeSignature(effective), javaTypeSignature(expected)], variable);
      }
    },
  };
};

// A nullable variable with a default counts as non-null; nothing else about the position matters.
function effectiveType(type: GraphQLType, defaultValue: ValueNode | undefined): GraphQLType {
  if (!defaultValue || defaultValue.kind === Kind.NULL || isNonNullType(type)) return type;
  return new GraphQLNonNull(type);
}

function fits(actual: GraphQLType, expected: GraphQLType): boolean {
  if (isNonNullType(expected)) return isNonNullType(actual) && fits(actual.ofType, expected.ofType);
  if (isNonNullType(actual)) return fits(actual.ofType, expected);
  if (isListType(actual) && isListType(expected)) return fits(actual.ofType, expected.ofType);
  return !isListType(actual) && !isListType(expected) && getNamedType(actual) === getNamedType(expected);
}
