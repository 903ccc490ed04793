// graphql-java's ValidationUtil.isValidLiteralValue and ArgumentValidationUtil: whether a literal
// fits an input type, and the WrongType sentence naming the first part that does not.
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type ArgumentNode,
  type GraphQLEnumType,
  type GraphQLInputType,
  type GraphQLScalarType,
  type ObjectFieldNode,
  type ValueNode,
} from 'graphql';
import { javaHashSetOrder, javaList, javaTypeName, javaValueNode } from '../java-format.ts';

/** The callbacks graphql-java's ValidationUtil makes at the first invalid part of a literal. */
interface LiteralProblems {
  nullValue?(value: ValueNode | undefined): void;
  invalidLeaf?(value: ValueNode, type: GraphQLInputType): void;
  notAnObject?(value: ValueNode): void;
  missingFields?(fields: readonly string[]): void;
  extraField?(typeName: string, field: ObjectFieldNode): void;
  invalidField?(field: ObjectFieldNode): void;
  invalidElement?(index: number): void;
}

export function isValidLiteralValue(value: ValueNode | undefined, type: GraphQLInputType, problems: LiteralProblems = {}): boolean {
  if (!value || value.kind === Kind.NULL) {
    if (!isNonNullType(type)) return true;
    problems.nullValue?.(value);
    return false;
  }
  if (value.kind === Kind.VARIABLE) return true;
  if (isNonNullType(type)) return isValidLiteralValue(value, type.ofType, problems);
  if (isScalarType(type) || isEnumType(type)) {
    if (parsesAsLiteral(value, type)) return true;
    problems.invalidLeaf?.(value, type);
    return false;
  }
  if (isListType(type)) {
    if (value.kind !== Kind.LIST) return isValidLiteralValue(value, type.ofType, problems);
    for (const [index, element] of value.values.entries()) {
      if (!isValidLiteralValue(element, type.ofType, problems)) {
        problems.invalidElement?.(index);
        return false;
      }
    }
    return true;
  }
  if (!isInputObjectType(type)) return false;
  if (value.kind !== Kind.OBJECT) {
    problems.notAnObject?.(value);
    return false;
  }
  const fields = type.getFields();
  const given = new Set(value.fields.map((f) => f.name.value));
  // graphql-java asks for every non-null field, default value or not.
  const missing = Object.values(fields)
    .filter((f) => isNonNullType(f.type) && !given.has(f.name))
    .map((f) => f.name);
  if (missing.length) {
    problems.missingFields?.(javaHashSetOrder(missing));
    return false;
  }
  for (const field of value.fields) {
    const definition = fields[field.name.value];
    if (!definition) {
      problems.extraField?.(type.name, field);
      return false;
    }
    if (!isValidLiteralValue(field.value, definition.type, problems)) {
      problems.invalidField?.(field);
      return false;
    }
  }
  return true;
}

function parsesAsLiteral(value: ValueNode, type: GraphQLScalarType | GraphQLEnumType) {
  try {
    return type.parseLiteral(value, undefined) != null;
  } catch {
    return false;
  }
}

/**
 * What ArgumentValidationUtil says of an argument whose literal does not fit: the path to the
 * bad part ("input.tags[1]"), the graphql-java node it shows, and the problem; null when it fits.
 */
export function wrongArgument(argument: ArgumentNode, type: GraphQLInputType): [path: string, value: string, problem: string] | null {
  const pathInArgument: string[] = [];
  let shownValue: ValueNode | undefined = argument.value;
  let problem = '';
  const valid = isValidLiteralValue(argument.value, type, {
    nullValue(value) {
      problem = 'must not be null';
      shownValue = value;
    },
    invalidLeaf(value, leafType) {
      problem = `is not a valid '${javaTypeName(leafType)}'`;
      shownValue = value;
    },
    notAnObject() {
      problem = 'must be an object type';
    },
    missingFields(fields) {
      problem = `is missing required fields '${javaList(fields)}'`;
    },
    extraField(typeName, field) {
      problem = `contains a field not in '${typeName}': '${field.name.value}'`;
    },
    invalidField(field) {
      pathInArgument.unshift(`.${field.name.value}`);
    },
    invalidElement(index) {
      pathInArgument.unshift(`[${index}]`);
    },
  });
  if (valid) return null;
  return [argument.name.value + pathInArgument.join(''), shownValue ? javaValueNode(shownValue) : 'null', problem];
}
