// Ports of graphql-java's fragment rules.
import {
  Kind,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  typeFromAST,
  visit,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { javaTypeName } from '../java-format.ts';
import { reporter } from './reporter.ts';
import type { RuleFactory } from './context.ts';

export const fragmentsOnCompositeType: RuleFactory = (context) => {
  const report = reporter(context);
  const isNonComposite = (name: string) => {
    const type = context.schema.getType(name);
    return !!type && !isCompositeType(type);
  };
  return {
    checkInlineFragment(fragment) {
      if (fragment.typeCondition && isNonComposite(fragment.typeCondition.name.value)) {
        report('inlineFragmentTypeConditionInvalid', [], fragment);
      }
    },
    checkFragmentDefinition(fragment) {
      if (isNonComposite(fragment.typeCondition.name.value)) report('fragmentTypeConditionInvalid', [], fragment);
    },
  };
};

export const knownFragmentNames: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkFragmentSpread(spread) {
      if (!context.fragment(spread.name.value)) report('undefinedFragment', [spread.name.value], spread);
    },
  };
};

export const uniqueFragmentNames: RuleFactory = (context) => {
  const report = reporter(context);
  const names = new Set<string>();
  return {
    checkFragmentDefinition(fragment) {
      const name = fragment.name.value;
      if (names.has(name)) report('duplicateFragmentName', [name], fragment);
      else names.add(name);
    },
  };
};

export const possibleFragmentSpreads: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkInlineFragment(fragment) {
      const fragmentType = context.traversal.outputType;
      const parentType = context.traversal.parentType;
      if (!fragmentType || !parentType || !isCompositeType(fragmentType)) return;
      if (!typesOverlap(context.schema, fragmentType, parentType)) {
        report('invalidInlineFragment', [parentType.name, javaTypeName(fragmentType)], fragment);
      }
    },
    checkFragmentSpread(spread) {
      const fragment = context.fragment(spread.name.value);
      const condition = fragment && typeFromAST(context.schema, fragment.typeCondition);
      const parentType = context.traversal.parentType;
      if (!condition || !parentType || !isCompositeType(condition)) return;
      if (!typesOverlap(context.schema, condition, parentType)) {
        report('invalidFragmentSpread', [spread.name.value, parentType.name, javaTypeName(condition)], spread);
      }
    },
  };
};

function typesOverlap(schema: GraphQLSchema, type: GraphQLCompositeType, parent: GraphQLCompositeType) {
  if (type === parent) return true;
  const parentPossible = possibleTypes(schema, parent);
  return possibleTypes(schema, type).some((t) => parentPossible.includes(t));
}

function possibleTypes(schema: GraphQLSchema, type: GraphQLType): readonly GraphQLType[] {
  if (isObjectType(type)) return [type];
  if (isInterfaceType(type)) return schema.getImplementations(type).objects;
  if (isUnionType(type)) return type.getTypes();
  return [];
}

export const noUnusedFragments: RuleFactory = (context) => {
  const report = reporter(context);
  const declared: FragmentDefinitionNode[] = [];
  const spreadsByFragment = new Map<string, string[]>();
  const spreadsByOperation: string[][] = [];
  let current: string[] = [];
  return {
    checkOperationDefinition() {
      current = [];
      spreadsByOperation.push(current);
    },
    checkFragmentSpread(spread) {
      current.push(spread.name.value);
    },
    checkFragmentDefinition(fragment) {
      declared.push(fragment);
      current = [];
      spreadsByFragment.set(fragment.name.value, current);
    },
    documentFinished() {
      const used: string[] = [];
      const use = (name: string) => {
        if (used.includes(name)) return;
        used.push(name);
        spreadsByFragment.get(name)?.forEach(use);
      };
      spreadsByOperation.flat().forEach(use);
      for (const fragment of declared) {
        if (!used.includes(fragment.name.value)) report('unusedFragment', [fragment.name.value], fragment);
      }
    },
  };
};

/**
 * Reports each way back to the fragment being checked, at the spreads walked on the way: a
 * fragment that spreads itself directly is reported with no location at all.
 */
export const noFragmentCycles: RuleFactory = (context) => {
  const report = reporter(context);
  const spreads = new Map<string, FragmentSpreadNode[]>();
  for (const definition of context.document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const found: FragmentSpreadNode[] = [];
    visit(definition, { FragmentSpread: (spread) => void found.push(spread) });
    spreads.set(definition.name.value, found);
  }
  const detect = (name: string, initial: string, path: FragmentSpreadNode[]) => {
    for (const spread of spreads.get(name) ?? []) {
      if (spread.name.value === initial) {
        report('fragmentCycle', [], [...path]);
        continue;
      }
      // graphql-java compares spreads by node; by name here, so a cycle not through `initial` ends.
      if (path.some((p) => p.name.value === spread.name.value)) continue;
      path.push(spread);
      detect(spread.name.value, initial, path);
      path.pop();
    }
  };
  return {
    checkFragmentDefinition(fragment) {
      detect(fragment.name.value, fragment.name.value, []);
    },
  };
};
