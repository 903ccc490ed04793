// The rules AppSync's graphql-java validates with, and what answers each graphql-js rule.
import type { RuleFactory } from './context.ts';
import type { MessageKey } from './messages.ts';
import {
  executableDefinitions,
  knownTypeNames,
  loneAnonymousOperation,
  subscriptionUniqueRootField,
  uniqueOperationNames,
} from './documents.ts';
import { fieldsOnCorrectType, scalarLeafs } from './fields.ts';
import {
  argumentsOfCorrectType,
  knownArgumentNames,
  providedNonNullArguments,
  uniqueArgumentNames,
  uniqueObjectFieldNames,
} from './arguments.ts';
import {
  fragmentsOnCompositeType,
  knownFragmentNames,
  noFragmentCycles,
  noUnusedFragments,
  possibleFragmentSpreads,
  uniqueFragmentNames,
} from './fragments.ts';
import {
  noUndefinedVariables,
  noUnusedVariables,
  uniqueVariableNames,
  variableDefaultValuesOfCorrectType,
  variableTypesMatch,
  variablesAreInputTypes,
} from './variables.ts';
import { knownDirectives, uniqueDirectiveNamesPerLocation } from './directives.ts';
import { overlappingFieldsCanBeMerged } from './overlapping-fields.ts';

/**
 * graphql-java's `Validator.createRules()` order: at any one node, errors come out in this order.
 * The last five joined graphql-java after the release AppSync runs (see messages.ts).
 */
export const GRAPHQL_JAVA_RULES: readonly RuleFactory[] = [
  executableDefinitions,
  argumentsOfCorrectType,
  fieldsOnCorrectType,
  fragmentsOnCompositeType,
  knownArgumentNames,
  knownDirectives,
  knownFragmentNames,
  knownTypeNames,
  noFragmentCycles,
  noUndefinedVariables,
  noUnusedFragments,
  noUnusedVariables,
  overlappingFieldsCanBeMerged,
  possibleFragmentSpreads,
  providedNonNullArguments,
  scalarLeafs,
  variableDefaultValuesOfCorrectType,
  variablesAreInputTypes,
  variableTypesMatch,
  loneAnonymousOperation,
  uniqueOperationNames,
  uniqueFragmentNames,
  uniqueDirectiveNamesPerLocation,
  uniqueArgumentNames,
  uniqueVariableNames,
  subscriptionUniqueRootField,
  uniqueObjectFieldNames,
];

/**
 * For each graphql-js specified rule, the graphql-java messages that reject the same documents.
 * An empty entry means AppSync has no such rule and executes the document.
 */
export const GRAPHQL_JS_COUNTERPARTS: Readonly<Record<string, readonly MessageKey[]>> = {
  ExecutableDefinitionsRule: ['nonExecutableDefinition'],
  UniqueOperationNamesRule: ['duplicateOperationName'],
  LoneAnonymousOperationRule: ['anonymousOperationWithOthers', 'operationAfterAnonymous'],
  SingleFieldSubscriptionsRule: ['subscriptionMultipleRootFields', 'subscriptionIntrospectionRootField'],
  KnownTypeNamesRule: ['unknownType'],
  FragmentsOnCompositeTypesRule: ['inlineFragmentTypeConditionInvalid', 'fragmentTypeConditionInvalid'],
  VariablesAreInputTypesRule: ['nonInputTypeOnVariable'],
  ScalarLeafsRule: ['subSelectionRequired', 'subSelectionNotAllowed'],
  FieldsOnCorrectTypeRule: ['fieldUndefined'],
  UniqueFragmentNamesRule: ['duplicateFragmentName'],
  KnownFragmentNamesRule: ['undefinedFragment'],
  NoUnusedFragmentsRule: ['unusedFragment'],
  PossibleFragmentSpreadsRule: ['invalidFragmentSpread', 'invalidInlineFragment'],
  NoFragmentCyclesRule: ['fragmentCycle'],
  UniqueVariableNamesRule: ['duplicateVariableName'],
  NoUndefinedVariablesRule: ['undefinedVariable'],
  NoUnusedVariablesRule: ['unusedVariable'],
  KnownDirectivesRule: ['unknownDirective', 'misplacedDirective'],
  UniqueDirectivesPerLocationRule: ['duplicateDirectiveName'],
  KnownArgumentNamesRule: ['unknownArgument', 'unknownDirectiveArgument'],
  UniqueArgumentNamesRule: ['duplicateArgumentNames'],
  ValuesOfCorrectTypeRule: ['wrongType', 'badValueForDefaultArg'],
  ProvidedRequiredArgumentsRule: ['missingFieldArgument', 'missingDirectiveArgument'],
  VariablesInAllowedPositionRule: ['variableTypeMismatch'],
  OverlappingFieldsCanBeMergedRule: ['fieldsConflict'],
  UniqueInputFieldNamesRule: ['duplicateObjectFieldName'],
  MaxIntrospectionDepthRule: [],
};
