// Ports of graphql-java's document- and operation-level validation rules.
import { Kind, type DefinitionNode, type SelectionNode } from 'graphql';
import { reporter } from './reporter.ts';
import type { RuleFactory } from './context.ts';

export const executableDefinitions: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkDocument(document) {
      for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) continue;
        report('nonExecutableDefinition', [nonExecutableName(definition)], definition);
      }
    },
  };
};

function nonExecutableName(definition: DefinitionNode): string {
  if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) return 'schema';
  if (definition.kind === Kind.DIRECTIVE_DEFINITION || !('name' in definition) || !definition.name) return 'provided';
  return definition.name.value;
}

export const loneAnonymousOperation: RuleFactory = (context) => {
  const report = reporter(context);
  let seenAnonymous = false;
  let count = 0;
  return {
    checkOperationDefinition(operation) {
      if (!operation.name) {
        seenAnonymous = true;
        if (count > 0) report('anonymousOperationWithOthers', [], operation);
      } else if (seenAnonymous) {
        report('operationAfterAnonymous', [operation.name.value], operation);
      }
      count++;
    },
  };
};

export const uniqueOperationNames: RuleFactory = (context) => {
  const report = reporter(context);
  const names = new Set<string>();
  return {
    checkOperationDefinition(operation) {
      const name = operation.name?.value;
      if (name === undefined) return;
      if (names.has(name)) report('duplicateOperationName', [name], operation);
      else names.add(name);
    },
  };
};

export const knownTypeNames: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkTypeName(typeName) {
      if (!context.schema.getType(typeName.name.value)) report('unknownType', [typeName.name.value], typeName);
    },
  };
};

export const subscriptionUniqueRootField: RuleFactory = (context) => {
  const report = reporter(context);
  const isIntrospection = (selection: SelectionNode) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__');
  return {
    checkOperationDefinition(operation) {
      if (operation.operation !== 'subscription') return;
      const name = operation.name?.value ?? 'null';
      const selections = operation.selectionSet.selections;
      if (selections.length > 1) return report('subscriptionMultipleRootFields', [name], operation);
      const [root] = selections;
      if (root && isIntrospection(root) && root.kind === Kind.FIELD) {
        report('subscriptionIntrospectionRootField', [name, root.name.value], root);
      }
    },
  };
};
