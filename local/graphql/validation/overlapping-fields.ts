// Port of graphql-java's OverlappingFieldsCanBeMerged as AppSync runs it. Its check that two
// fields sit on different object types compares a parent type with itself, so it never lets
// differing fields on `... on A` and `... on B` through; that quirk is kept.
import {
  Kind,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  typeFromAST,
  type ArgumentNode,
  type FieldNode,
  type GraphQLOutputType,
  type GraphQLType,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { javaTypeName } from '../java-format.ts';
import { reporter } from './reporter.ts';
import type { RuleContext, RuleFactory } from './context.ts';

interface FieldAndType {
  field: FieldNode;
  type: GraphQLOutputType | null;
}

interface Conflict {
  reason: string;
  fields: FieldNode[];
}

export const overlappingFieldsCanBeMerged: RuleFactory = (context) => {
  const report = reporter(context);
  const checked: [FieldNode, FieldNode][] = [];

  const findConflicts = (fieldMap: Map<string, FieldAndType[]>): Conflict[] => {
    const conflicts: Conflict[] = [];
    for (const [responseName, fields] of fieldMap) {
      for (let i = 0; i < fields.length; i++) {
        for (let j = i + 1; j < fields.length; j++) {
          const conflict = findConflict(responseName, fields[i], fields[j]);
          if (conflict) conflicts.push(conflict);
        }
      }
    }
    return conflicts;
  };

  const findConflict = (responseName: string, first: FieldAndType, second: FieldAndType): Conflict | null => {
    const [a, b] = [first.field, second.field];
    if (checked.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return null;
    checked.push([a, b]);
    if (a.name.value !== b.name.value) {
      return { reason: `${responseName}: ${a.name.value} and ${b.name.value} are different fields`, fields: [a, b] };
    }
    if (!sameType(first.type, second.type)) {
      const reason = `${responseName}: they return differing types ${javaTypeName(first.type)} and ${javaTypeName(second.type)}`;
      return { reason, fields: [a, b] };
    }
    if (!sameArguments(a.arguments ?? [], b.arguments ?? [])) {
      return { reason: `${responseName}: they have differing arguments`, fields: [a, b] };
    }
    if (!a.selectionSet || !b.selectionSet) return null;
    const subFields = new Map<string, FieldAndType[]>();
    const visited = new Set<string>();
    collectFields(context, subFields, a.selectionSet, first.type, visited);
    collectFields(context, subFields, b.selectionSet, second.type, visited);
    const sub = findConflicts(subFields);
    if (!sub.length) return null;
    return {
      reason: `${responseName}: (${sub.map((c) => c.reason).join(', ')})`,
      fields: [a, b, ...sub.flatMap((c) => c.fields)],
    };
  };

  return {
    leaveSelectionSet(selectionSet) {
      const fieldMap = new Map<string, FieldAndType[]>();
      collectFields(context, fieldMap, selectionSet, context.traversal.outputType, new Set());
      for (const conflict of findConflicts(fieldMap)) report('fieldsConflict', [conflict.reason], conflict.fields);
    },
  };
};

// A wrapped parent type (a list field's selections) has no fields, so its fields get no types.
function collectFields(
  context: RuleContext,
  fieldMap: Map<string, FieldAndType[]>,
  selectionSet: SelectionSetNode,
  parentType: GraphQLType | null,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const responseName = selection.alias?.value ?? selection.name.value;
      const fields = fieldMap.get(responseName) ?? [];
      fieldMap.set(responseName, fields);
      const definition =
        parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[selection.name.value] : undefined;
      fields.push({ field: selection, type: definition?.type ?? null });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (typeFromAST(context.schema, selection.typeCondition) ?? null) : parentType;
      collectFields(context, fieldMap, selection.selectionSet, type, visitedFragments);
    } else {
      const fragment = context.fragment(selection.name.value);
      if (!fragment || visitedFragments.has(fragment.name.value)) continue;
      visitedFragments.add(fragment.name.value);
      collectFields(
        context,
        fieldMap,
        fragment.selectionSet,
        typeFromAST(context.schema, fragment.typeCondition) ?? null,
        visitedFragments,
      );
    }
  }
}

function sameType(a: GraphQLType | null, b: GraphQLType | null): boolean {
  if (!a || !b) return true;
  if (isNonNullType(a) || isNonNullType(b)) return isNonNullType(a) && isNonNullType(b) && sameType(a.ofType, b.ofType);
  if (isListType(a) || isListType(b)) return isListType(a) && isListType(b) && sameType(a.ofType, b.ofType);
  return a === b;
}

function sameArguments(first: readonly ArgumentNode[], second: readonly ArgumentNode[]): boolean {
  if (first.length !== second.length) return false;
  return first.every((argument) => {
    const match = second.find((other) => other.name.value === argument.name.value);
    return !!match && sameValue(argument.value, match.value);
  });
}

/** graphql-java's AstComparator: same kinds and values all the way down, in the same order. */
function sameValue(a: ValueNode, b: ValueNode): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case Kind.VARIABLE:
      return a.name.value === (b as typeof a).name.value;
    case Kind.NULL:
      return true;
    case Kind.LIST: {
      const other = b as typeof a;
      return a.values.length === other.values.length && a.values.every((v, i) => sameValue(v, other.values[i]));
    }
    case Kind.OBJECT: {
      const other = b as typeof a;
      return (
        a.fields.length === other.fields.length &&
        a.fields.every((f, i) => f.name.value === other.fields[i].name.value && sameValue(f.value, other.fields[i].value))
      );
    }
    default:
      return a.value === (b as typeof a).value;
  }
}
