// Ports of graphql-java's field rules: FieldsOnCorrectType and ScalarLeafs.
import { getNamedType, isLeafType } from 'graphql';
import { javaTypeName } from '../java-format.ts';
import { reporter } from './reporter.ts';
import type { RuleFactory } from './context.ts';

export const fieldsOnCorrectType: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkField(field) {
      const parentType = context.traversal.parentType;
      if (!parentType || context.traversal.fieldDef) return;
      report('fieldUndefined', [field.name.value, parentType.name], field);
    },
  };
};

// The field's declared type is printed with graphql-java's getName(), so `[Item]` and `Item!` print "null".
export const scalarLeafs: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkField(field) {
      const type = context.traversal.outputType;
      if (!type) return;
      if (isLeafType(getNamedType(type))) {
        if (field.selectionSet) report('subSelectionNotAllowed', [javaTypeName(type), field.name.value], field);
      } else if (!field.selectionSet) {
        report('subSelectionRequired', [javaTypeName(type), field.name.value], field);
      }
    },
  };
};
