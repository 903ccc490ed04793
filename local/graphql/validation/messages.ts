// The descriptions AppSync's graphql-java writes after "Validation error of type <Type>: ".
//
// AppSync runs a graphql-java from before its messages were internationalised (graphql-java 19)
// and before wrapped types lost `getName()` (graphql-java 14): it prints a `[Category]` field's
// type as "null". These are the plain `String.format` texts of that era; each `source` says
// where the text was confirmed: "AppSync" when quoted from a real AppSync response, otherwise
// the graphql-java rule that writes it.

export interface ValidationMessage<A extends unknown[]> {
  /** graphql-java's ValidationErrorType. */
  readonly type: string;
  readonly describe: (...args: A) => string;
  readonly source: string;
}

const message = <A extends unknown[]>(type: string, describe: (...args: A) => string, source: string): ValidationMessage<A> => ({
  type,
  describe,
  source,
});

export const MESSAGES = {
  nonExecutableDefinition: message(
    'NonExecutableDefinition',
    (name: string) => `The ${name} definition is not executable.`,
    'graphql-java ExecutableDefinitions',
  ),
  fieldUndefined: message(
    'FieldUndefined',
    (field: string, type: string) => `Field '${field}' in type '${type}' is undefined`,
    "AppSync: graphql/graphql-over-http#81 (\"Field 'badfield' in type 'Query' is undefined @ 'badfield'\")",
  ),
  unknownType: message(
    'UnknownType',
    (name: string) => `Unknown type ${name}`,
    'AppSync: aws-amplify/learn#417, aws-amplify/amplify-cli#4016 ("Unknown type AWSTimestamp")',
  ),
  unknownArgument: message(
    'UnknownArgument',
    (name: string) => `Unknown field argument ${name}`,
    'AppSync: aws-amplify/amplify-flutter#3388 ("Unknown field argument authors @ \'onCreateTask\'")',
  ),
  // graphql-java files an unknown directive argument under UnknownDirective, not UnknownArgument.
  unknownDirectiveArgument: message(
    'UnknownDirective',
    (name: string) => `Unknown directive argument ${name}`,
    'graphql-java KnownArgumentNames',
  ),
  missingFieldArgument: message(
    'MissingFieldArgument',
    (name: string) => `Missing field argument ${name}`,
    'AppSync: aws-amplify/amplify-swift#854 ("Missing field argument owner @ \'onCreateTodo\'")',
  ),
  missingDirectiveArgument: message(
    'MissingDirectiveArgument',
    (name: string) => `Missing directive argument ${name}`,
    'graphql-java ProvidedNonNullArguments',
  ),
  wrongType: message(
    'WrongType',
    (argument: string, value: string, problem: string) => `argument '${argument}' with value '${value}' ${problem}`,
    "AppSync: awslabs/aws-mobile-appsync-sdk-js#554 (\"argument 'data' with value 'ObjectValue{...}' is not a valid 'AWSJSON'\"), " +
      'aws/aws-appsync-community#273 ("... is missing required fields \'[test]\'")',
  ),
  subSelectionRequired: message(
    'SubSelectionRequired',
    (type: string, field: string) => `Sub selection required for type ${type} of field ${field}`,
    'AppSync: aws-amplify/amplify-android#702, aws-amplify/amplify-cli#4409 ("Sub selection required for type null of field categories")',
  ),
  subSelectionNotAllowed: message(
    'SubSelectionNotAllowed',
    (type: string, field: string) => `Sub selection not allowed on leaf type ${type} of field ${field}`,
    'AppSync: aws-amplify/amplify-cli#1296',
  ),
  undefinedVariable: message('UndefinedVariable', (name: string) => `Undefined variable ${name}`, 'graphql-java NoUndefinedVariables'),
  unusedVariable: message('UnusedVariable', (name: string) => `Unused variable ${name}`, 'graphql-java NoUnusedVariables'),
  variableTypeMismatch: message(
    'VariableTypeMismatch',
    (actual: string, expected: string) => `Variable type '${actual}' doesn't match expected type '${expected}'`,
    "AppSync: apollographql/graphql-tag#652 (\"Variable type 'String!' doesn't match expected type 'ID!' @ 'getCard'\")",
  ),
  nonInputTypeOnVariable: message('NonInputTypeOnVariable', () => 'Wrong type for a variable', 'graphql-java VariablesAreInputTypes'),
  badValueForDefaultArg: message(
    'BadValueForDefaultArg',
    (value: string, type: string) => `Bad default value ${value} for type ${type}`,
    'graphql-java VariableDefaultValuesOfCorrectType',
  ),
  // The 2016 spec forbade defaults on non-null variables and this graphql-java still enforces it.
  defaultForNonNullArgument: message(
    'DefaultForNonNullArgument',
    () => 'Missing value for non null type',
    'graphql-java VariableDefaultValuesOfCorrectType',
  ),
  unusedFragment: message('UnusedFragment', (name: string) => `Unused fragment ${name}`, 'graphql-java NoUnusedFragments'),
  undefinedFragment: message('UndefinedFragment', (name: string) => `Undefined fragment ${name}`, 'graphql-java KnownFragmentNames'),
  fragmentCycle: message('FragmentCycle', () => 'Fragment cycles not allowed', 'graphql-java NoFragmentCycles'),
  inlineFragmentTypeConditionInvalid: message(
    'InlineFragmentTypeConditionInvalid',
    () => 'Inline fragment type condition is invalid, must be on Object/Interface/Union',
    'graphql-java FragmentsOnCompositeType',
  ),
  fragmentTypeConditionInvalid: message(
    'FragmentTypeConditionInvalid',
    () => 'Fragment type condition is invalid, must be on Object/Interface/Union',
    'graphql-java FragmentsOnCompositeType',
  ),
  invalidFragmentSpread: message(
    'InvalidFragmentType',
    (fragment: string, parent: string, condition: string) =>
      `Fragment ${fragment} cannot be spread here as objects of type ${parent} can never be of type ${condition}`,
    'graphql-java PossibleFragmentSpreads',
  ),
  invalidInlineFragment: message(
    'InvalidFragmentType',
    (parent: string, condition: string) => `Fragment cannot be spread here as objects of type ${parent} can never be of type ${condition}`,
    'graphql-java PossibleFragmentSpreads',
  ),
  unknownDirective: message('UnknownDirective', (name: string) => `Unknown directive ${name}`, 'graphql-java KnownDirectives'),
  misplacedDirective: message(
    'MisplacedDirective',
    (name: string) => `Directive ${name} not allowed here`,
    'graphql-java KnownDirectives; AppSync answers `query @skip {...}` with MisplacedDirective (graphql-dna AWSAppSync heuristic)',
  ),
  duplicateDirectiveName: message(
    'DuplicateDirectiveName',
    (name: string, container: string) =>
      `Directives must be uniquely named within a location. The directive '${name}' used on a '${container}' is not unique.`,
    'graphql-java UniqueDirectiveNamesPerLocation (before repeatable directives)',
  ),
  fieldsConflict: message('FieldsConflict', (reason: string) => reason, 'graphql-java OverlappingFieldsCanBeMerged'),
  duplicateOperationName: message(
    'DuplicateOperationName',
    (name: string) => `There can be only one operation named '${name}'`,
    'graphql-java UniqueOperationNames',
  ),
  anonymousOperationWithOthers: message(
    'LoneAnonymousOperationViolation',
    () => 'Anonymous operation with other operations.',
    'graphql-java LoneAnonymousOperation',
  ),
  operationAfterAnonymous: message(
    'LoneAnonymousOperationViolation',
    (name: string) => `Operation ${name} is following anonymous operation.`,
    'graphql-java LoneAnonymousOperation',
  ),
  duplicateFragmentName: message(
    'DuplicateFragmentName',
    (name: string) => `There can be only one fragment named '${name}'`,
    'graphql-java UniqueFragmentNames',
  ),
  // The rules below arrived in graphql-java after the release AppSync runs; AppSync may accept
  // such documents. They are kept so that nothing passes here that AppSync could reject.
  duplicateArgumentNames: message(
    'DuplicateArgumentNames',
    (name: string) => `There can be only one argument named '${name}'`,
    'graphql-java 16 UniqueArgumentNamesRule (newer than AppSync: unconfirmed)',
  ),
  duplicateVariableName: message(
    'DuplicateVariableName',
    (name: string) => `There can be only one variable named '${name}'`,
    'graphql-java 16 UniqueVariableNamesRule (newer than AppSync: unconfirmed)',
  ),
  subscriptionMultipleRootFields: message(
    'SubscriptionMultipleRootFields',
    (operation: string) => `Subscription operation '${operation}' must have exactly one root field`,
    'graphql-java 19 Validation.properties SubscriptionUniqueRootField (newer than AppSync: unconfirmed)',
  ),
  subscriptionIntrospectionRootField: message(
    'SubscriptionIntrospectionRootField',
    (operation: string, field: string) => `Subscription operation '${operation}' root field '${field}' cannot be an introspection field`,
    'graphql-java 19 Validation.properties SubscriptionIntrospectionRootField (newer than AppSync: unconfirmed)',
  ),
  duplicateObjectFieldName: message(
    'UniqueObjectFieldName',
    (name: string) => `There can be only one field named '${name}'`,
    'graphql-java 21 Validation.properties UniqueObjectFieldName (newer than AppSync: unconfirmed)',
  ),
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** graphql-java's `ValidationError` message: the description, then the query path if there is one. */
export function validationErrorMessage(type: string, description: string, queryPath: readonly string[] | null): string {
  return `Validation error of type ${type}: ${description}${queryPath ? ` @ '${queryPath.join('/')}'` : ''}`;
}
