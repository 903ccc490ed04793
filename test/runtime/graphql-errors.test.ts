import { describe, expect, it } from 'vitest';
import {
  GraphQLError,
  Kind,
  buildSchema,
  execute,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLObjectType,
  type GraphQLScalarType,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { appSyncValidationErrors, nonNullViolation, syntaxErrorResponse, validationErrorsResponse } from '../../local/graphql/errors.ts';
import { coerceVariablesLikeAppSync, variableErrorsResponse } from '../../local/graphql/variable-coercion.ts';
import { selectOperation } from '../../local/graphql/request.ts';
import { GRAPHQL_JS_COUNTERPARTS } from '../../local/graphql/validation/graphql-java-rules.ts';
import { MESSAGES } from '../../local/graphql/validation/messages.ts';
import { javaBigDecimal, javaHashSetOrder, javaToString, javaTypeName } from '../../local/graphql/java-format.ts';

const schema = buildSchema(`
  scalar AWSJSON
  interface Node { id: ID! }
  type Post implements Node { id: ID! title: String tags: [String] comments: [Comment] }
  type Comment implements Node { id: ID! text: String }
  union SearchResult = Post | Comment
  enum Status { DRAFT PUBLISHED }
  input PostInput { id: ID! title: String test: String! status: Status }
  input FilterInput { title: String limit: Int = 10 }
  type Query {
    getPost(id: ID!): Post
    listPosts(limit: Int, filter: FilterInput, status: Status): [Post]
    echo(msg: String): String
    search(text: String): [SearchResult]
    withDefault(size: Int! = 10): String
    json(data: AWSJSON): String
  }
  type Mutation { createPost(input: PostInput!): Post }
  type Subscription { onCreatePost: Post onUpdatePost: Post }
`);

// AWSJSON as AppSync has it: only a string holding JSON, and its refusal prints Java's toString.
Object.assign(schema.getType('AWSJSON') as GraphQLScalarType, {
  parseLiteral: (node: ValueNode) => {
    if (node.kind !== Kind.STRING) throw new TypeError('not a JSON string');
    return JSON.parse(node.value);
  },
  parseValue: (value: unknown) => {
    if (typeof value !== 'string') throw new TypeError(`Unable to parse ${javaToString(value)} as valid JSON.`);
    return JSON.parse(value);
  },
});

const messagesFor = (query: string) => appSyncValidationErrors(schema, parse(query)).map((e) => e.message);
const location = (line: number, column: number) => ({ line, column, sourceName: null });
const operationOf = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;

describe('validation errors, compared with responses recorded from AppSync', () => {
  it('answers an undefined field with the exact body AppSync returned for {badfield}', () => {
    // Prepare
    const document = parse('{badfield}');

    // Act
    const response = validationErrorsResponse(validate(schema, document), document, schema);

    // Assess (graphql/graphql-over-http#81)
    expect(response).toEqual({
      data: null,
      errors: [
        {
          path: null,
          locations: [location(1, 2)],
          message: "Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @ 'badfield'",
        },
      ],
    });
  });

  it('reports an unknown variable type without a path, before the fields, as AppSync did for AWSTimestamp', () => {
    // Prepare
    const query = 'query SyncNotes($lastSync: AWSTimestamp) {\n  syncNotes(lastSync: $lastSync) { id }\n}';

    // Act
    const errors = appSyncValidationErrors(schema, parse(query));

    // Assess (aws-amplify/learn#417)
    expect(errors).toEqual([
      { path: null, locations: [location(1, 28)], message: 'Validation error of type UnknownType: Unknown type AWSTimestamp' },
      {
        path: null,
        locations: [location(2, 3)],
        message: "Validation error of type FieldUndefined: Field 'syncNotes' in type 'Query' is undefined @ 'syncNotes'",
      },
    ]);
  });

  it('prints a list-typed field as type null when it lacks a selection, as AppSync does', () => {
    // Act
    const messages = messagesFor('{ listPosts { comments } }');

    // Assess (aws-amplify/amplify-cli#4409)
    expect(messages).toEqual([
      "Validation error of type SubSelectionRequired: Sub selection required for type null of field comments @ 'listPosts/comments'",
    ]);
  });

  it('names an object-typed field by its type when it lacks a selection', () => {
    expect(messagesFor('{ getPost(id: 1) }')).toEqual([
      "Validation error of type SubSelectionRequired: Sub selection required for type Post of field getPost @ 'getPost'",
    ]);
  });

  it('refuses a selection on a leaf field, naming a String field as AppSync did', () => {
    expect(messagesFor('{ echo { response } }')).toEqual([
      "Validation error of type SubSelectionNotAllowed: Sub selection not allowed on leaf type String of field echo @ 'echo'",
    ]);
  });

  it('reports a missing required argument at the field', () => {
    expect(appSyncValidationErrors(schema, parse('{ getPost { id } }'))).toEqual([
      {
        path: null,
        locations: [location(1, 3)],
        message: "Validation error of type MissingFieldArgument: Missing field argument id @ 'getPost'",
      },
    ]);
  });

  it('reports an unknown argument at the argument', () => {
    expect(appSyncValidationErrors(schema, parse('{ getPost(id: 1, authors: 2) { id } }'))).toEqual([
      {
        path: null,
        locations: [location(1, 18)],
        message: "Validation error of type UnknownArgument: Unknown field argument authors @ 'getPost'",
      },
    ]);
  });

  it('prints both types of a variable used where another type is expected', () => {
    // Assess (apollographql/graphql-tag#652)
    expect(messagesFor('query getCard($cardId: String!) { getPost(id: $cardId) { id } }')).toEqual([
      "Validation error of type VariableTypeMismatch: Variable type 'String!' doesn't match expected type 'ID!' @ 'getPost'",
    ]);
  });

  it('shows the graphql-java node of an input literal that misses required fields', () => {
    // Prepare (aws/aws-appsync-community#273 sent `input: {testa: "test"}` to an input whose only required field is `test`)
    const query = 'mutation createUpdateTest {\n  createPost(input: {id: 1, testa: "test"}) { id }\n}';

    // Act
    const errors = appSyncValidationErrors(schema, parse(query));

    // Assess
    expect(errors).toEqual([
      {
        path: null,
        locations: [location(2, 14)],
        message:
          "Validation error of type WrongType: argument 'input' with value 'ObjectValue{objectFields=[ObjectField{name='id', value=IntValue{value=1}}, " +
          "ObjectField{name='testa', value=StringValue{value='test'}}]}' is missing required fields '[test]' @ 'createPost'",
      },
    ]);
  });

  it('names an input field the type does not have', () => {
    expect(messagesFor('mutation { createPost(input: {id: 1, test: "x", history: 2}) { id } }')).toEqual([
      "Validation error of type WrongType: argument 'input' with value 'ObjectValue{objectFields=[ObjectField{name='id', value=IntValue{value=1}}, " +
        "ObjectField{name='test', value=StringValue{value='x'}}, ObjectField{name='history', value=IntValue{value=2}}]}' " +
        "contains a field not in 'PostInput': 'history' @ 'createPost'",
    ]);
  });

  it('shows only the part of a literal a custom scalar refuses, as AppSync did for AWSJSON', () => {
    // Assess (awslabs/aws-mobile-appsync-sdk-js#554)
    expect(messagesFor('{ json(data: {upvotes: 10}) }')).toEqual([
      "Validation error of type WrongType: argument 'data' with value 'ObjectValue{objectFields=[ObjectField{name='upvotes', value=IntValue{value=10}}]}' " +
        "is not a valid 'AWSJSON' @ 'json'",
    ]);
  });

  it('answers a directive on the query with MisplacedDirective, the answer graphql fingerprinters expect from AppSync', () => {
    expect(messagesFor('query @skip { echo }')).toEqual([
      'Validation error of type MisplacedDirective: Directive skip not allowed here',
      'Validation error of type MissingDirectiveArgument: Missing directive argument if',
    ]);
  });
});

// One document per graphql-js specified rule, and graphql-java's answer to it.
const ruleCases: { rule: string; query: string; expected: string[] }[] = [
  {
    rule: 'ExecutableDefinitionsRule',
    query: 'type Foo { a: Int }',
    expected: ['Validation error of type NonExecutableDefinition: The Foo definition is not executable.'],
  },
  {
    rule: 'UniqueOperationNamesRule',
    query: 'query A { echo } query A { echo }',
    expected: ["Validation error of type DuplicateOperationName: There can be only one operation named 'A'"],
  },
  {
    rule: 'LoneAnonymousOperationRule',
    query: '{ echo } query B { echo }',
    expected: ['Validation error of type LoneAnonymousOperationViolation: Operation B is following anonymous operation.'],
  },
  {
    rule: 'SingleFieldSubscriptionsRule',
    query: 'subscription S { onCreatePost { id } onUpdatePost { id } }',
    expected: ["Validation error of type SubscriptionMultipleRootFields: Subscription operation 'S' must have exactly one root field"],
  },
  {
    rule: 'KnownTypeNamesRule',
    query: 'query ($t: AWSTimestamp) { echo(msg: $t) }',
    expected: ['Validation error of type UnknownType: Unknown type AWSTimestamp'],
  },
  {
    rule: 'FragmentsOnCompositeTypesRule',
    query: '{ getPost(id: 1) { ... on String { x } } }',
    expected: [
      "Validation error of type InlineFragmentTypeConditionInvalid: Inline fragment type condition is invalid, must be on Object/Interface/Union @ 'getPost'",
    ],
  },
  {
    rule: 'VariablesAreInputTypesRule',
    query: 'query ($p: Post) { echo }',
    expected: [
      'Validation error of type NonInputTypeOnVariable: Wrong type for a variable',
      'Validation error of type UnusedVariable: Unused variable p',
    ],
  },
  {
    rule: 'ScalarLeafsRule',
    query: '{ getPost(id: 1) { id { x } } }',
    expected: ["Validation error of type SubSelectionNotAllowed: Sub selection not allowed on leaf type null of field id @ 'getPost/id'"],
  },
  {
    rule: 'FieldsOnCorrectTypeRule',
    query: '{ getPost(id: 1) { _version } }',
    expected: ["Validation error of type FieldUndefined: Field '_version' in type 'Post' is undefined @ 'getPost/_version'"],
  },
  {
    rule: 'UniqueFragmentNamesRule',
    query: 'fragment F on Post { id } fragment F on Post { title } { getPost(id: 1) { ...F } }',
    expected: ["Validation error of type DuplicateFragmentName: There can be only one fragment named 'F' @ 'F'"],
  },
  {
    rule: 'KnownFragmentNamesRule',
    query: '{ getPost(id: 1) { ...G } }',
    expected: ["Validation error of type UndefinedFragment: Undefined fragment G @ 'getPost'"],
  },
  {
    rule: 'NoUnusedFragmentsRule',
    query: 'fragment F on Post { id } { echo }',
    expected: ['Validation error of type UnusedFragment: Unused fragment F'],
  },
  {
    rule: 'PossibleFragmentSpreadsRule',
    query: '{ getPost(id: 1) { ... on Comment { text } } }',
    expected: [
      "Validation error of type InvalidFragmentType: Fragment cannot be spread here as objects of type Post can never be of type Comment @ 'getPost'",
    ],
  },
  {
    rule: 'NoFragmentCyclesRule',
    query: 'fragment F on Post { id ...F } { getPost(id: 1) { ...F } }',
    expected: ["Validation error of type FragmentCycle: Fragment cycles not allowed @ 'F'"],
  },
  {
    rule: 'UniqueVariableNamesRule',
    query: 'query ($a: String, $a: String) { echo(msg: $a) }',
    expected: ["Validation error of type DuplicateVariableName: There can be only one variable named 'a'"],
  },
  {
    rule: 'NoUndefinedVariablesRule',
    query: 'query Q { echo(msg: $x) }',
    expected: ["Validation error of type UndefinedVariable: Undefined variable x @ 'echo'"],
  },
  {
    rule: 'NoUnusedVariablesRule',
    query: 'query ($u: Int) { echo }',
    expected: ['Validation error of type UnusedVariable: Unused variable u'],
  },
  {
    rule: 'KnownDirectivesRule',
    query: '{ echo @nope }',
    expected: ["Validation error of type UnknownDirective: Unknown directive nope @ 'echo'"],
  },
  {
    rule: 'UniqueDirectivesPerLocationRule',
    query: '{ echo @skip(if: true) @skip(if: true) }',
    expected: [
      "Validation error of type DuplicateDirectiveName: Directives must be uniquely named within a location. The directive 'skip' used on a 'Field' is not unique. @ 'echo'",
    ],
  },
  {
    rule: 'KnownArgumentNamesRule',
    query: '{ echo(msg: "a") @include(if: true, when: 1) }',
    expected: ["Validation error of type UnknownDirective: Unknown directive argument when @ 'echo'"],
  },
  {
    rule: 'UniqueArgumentNamesRule',
    query: '{ echo(msg: "a", msg: "b") }',
    expected: ["Validation error of type DuplicateArgumentNames: There can be only one argument named 'msg' @ 'echo'"],
  },
  {
    rule: 'ValuesOfCorrectTypeRule',
    query: '{ listPosts(limit: "ten") { id } }',
    expected: [
      "Validation error of type WrongType: argument 'limit' with value 'StringValue{value='ten'}' is not a valid 'Int' @ 'listPosts'",
    ],
  },
  {
    rule: 'ProvidedRequiredArgumentsRule',
    query: '{ echo @skip }',
    expected: ["Validation error of type MissingDirectiveArgument: Missing directive argument if @ 'echo'"],
  },
  {
    rule: 'VariablesInAllowedPositionRule',
    query: 'query ($n: Int) { echo(msg: $n) }',
    expected: ["Validation error of type VariableTypeMismatch: Variable type 'Int' doesn't match expected type 'String' @ 'echo'"],
  },
  {
    rule: 'OverlappingFieldsCanBeMergedRule',
    query: '{ a: echo(msg: "x") a: echo(msg: "y") }',
    expected: ['Validation error of type FieldsConflict: a: they have differing arguments'],
  },
  {
    rule: 'UniqueInputFieldNamesRule',
    query: '{ listPosts(filter: {title: "a", title: "b"}) { id } }',
    expected: ["Validation error of type UniqueObjectFieldName: There can be only one field named 'title' @ 'listPosts'"],
  },
];

describe('every graphql-js validation rule', () => {
  it('has a graphql-java counterpart on record', () => {
    expect(Object.keys(GRAPHQL_JS_COUNTERPARTS).sort()).toEqual(specifiedRules.map((r) => r.name).sort());
  });

  it.each(ruleCases)('$rule: AppSync answers with graphql-java words', ({ rule, query, expected }) => {
    // Prepare
    const document = parse(query);
    const jsRule = specifiedRules.find((r) => r.name === rule)!;

    // Act
    const rejectedByGraphqlJs = validate(schema, document, [jsRule]);
    const messages = appSyncValidationErrors(schema, document).map((e) => e.message);

    // Assess
    expect(rejectedByGraphqlJs).not.toHaveLength(0);
    expect(messages).toEqual(expected);
    const counterpartTypes = GRAPHQL_JS_COUNTERPARTS[rule].map((key) => MESSAGES[key].type);
    expect(counterpartTypes.some((type) => messages[0].startsWith(`Validation error of type ${type}:`))).toBe(true);
  });

  it('MaxIntrospectionDepthRule: AppSync has no such rule and runs the document', () => {
    // Prepare
    const document = parse('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');

    // Act
    const appsync = appSyncValidationErrors(schema, document);

    // Assess
    expect(validate(schema, document)).not.toHaveLength(0);
    expect(appsync).toEqual([]);
  });
});

describe('documents both accept', () => {
  it('accepts the introspection query clients send, whose graphql-js types differ from graphql-java', () => {
    // Prepare
    const document = parse(getIntrospectionQuery({ descriptions: true, directiveIsRepeatable: true, inputValueDeprecation: true }));

    // Act
    const errors = appSyncValidationErrors(schema, document);

    // Assess
    expect(validate(schema, document)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('documents graphql-js accepts but AppSync refuses', () => {
  it('asks for a non-null argument even when the schema gives it a default', () => {
    expect(validate(schema, parse('{ withDefault }'))).toEqual([]);
    expect(messagesFor('{ withDefault }')).toEqual([
      "Validation error of type MissingFieldArgument: Missing field argument size @ 'withDefault'",
    ]);
  });

  it('refuses a default value on a non-null variable', () => {
    const query = 'query ($id: ID! = "1") { getPost(id: $id) { id } }';
    expect(validate(schema, parse(query))).toEqual([]);
    expect(messagesFor(query)).toEqual(['Validation error of type DefaultForNonNullArgument: Missing value for non null type']);
  });

  it('refuses differing fields under one response name even on different object types', () => {
    const query = '{ search(text: "x") { ... on Post { label: title } ... on Comment { label: text } } }';
    expect(validate(schema, parse(query))).toEqual([]);
    expect(messagesFor(query)).toEqual(["Validation error of type FieldsConflict: label: title and text are different fields @ 'search'"]);
  });

  it('prints a bad variable default as a graphql-java node', () => {
    expect(messagesFor('query ($l: Int = "x") { listPosts(limit: $l) { id } }')).toEqual([
      "Validation error of type BadValueForDefaultArg: Bad default value StringValue{value='x'} for type Int",
    ]);
  });
});

describe('the order and number of validation errors', () => {
  it('reports an undefined variable where it is used, before later fields, unlike graphql-js', () => {
    // Prepare
    const document = parse('query { echo(msg: $x) nope }');

    // Act
    const messages = appSyncValidationErrors(schema, document).map((e) => e.message);

    // Assess
    expect(validate(schema, document).map((e) => e.message)).toEqual([
      'Cannot query field "nope" on type "Query".',
      'Variable "$x" is not defined.',
    ]);
    expect(messages).toEqual([
      "Validation error of type UndefinedVariable: Undefined variable x @ 'echo'",
      "Validation error of type FieldUndefined: Field 'nope' in type 'Query' is undefined @ 'nope'",
    ]);
  });

  it('checks a variable used in a fragment once per spread, on a path through the fragment', () => {
    // Prepare
    const query = 'query Q($m: Int) { ...F ... on Query { ...F } } fragment F on Query { echo(msg: $m) }';

    // Act
    const messages = messagesFor(query);

    // Assess
    expect(validate(schema, parse(query))).toHaveLength(1);
    expect(messages).toEqual([
      "Validation error of type VariableTypeMismatch: Variable type 'Int' doesn't match expected type 'String' @ 'F/echo'",
      "Validation error of type VariableTypeMismatch: Variable type 'Int' doesn't match expected type 'String' @ 'F/echo'",
    ]);
  });

  it('locates a fragment cycle at the spreads that lead back, and a direct one nowhere', () => {
    // Act
    const errors = appSyncValidationErrors(
      schema,
      parse('fragment A on Post { ...B } fragment B on Post { ...A } { getPost(id: 1) { ...A } }'),
    );

    // Assess
    expect(errors.map((e) => [e.message, e.locations])).toEqual([
      ["Validation error of type FragmentCycle: Fragment cycles not allowed @ 'A'", [location(1, 22)]],
      ["Validation error of type FragmentCycle: Fragment cycles not allowed @ 'B'", [location(1, 50)]],
    ]);
  });
});

describe('validationErrorsResponse', () => {
  it('keeps graphql-js words in AppSync shape when graphql-java has no rule against the document', () => {
    // Prepare
    const document = parse('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');

    // Act
    const response = validationErrorsResponse(validate(schema, document), document, schema);

    // Assess
    expect(response).toEqual({
      data: null,
      errors: [{ path: null, locations: [location(1, 3)], message: 'Maximum introspection depth exceeded' }],
    });
  });
});

describe('syntax errors', () => {
  const syntaxError = (query: string) => {
    try {
      parse(query);
    } catch (e) {
      return e as GraphQLError;
    }
    throw new Error(`${query} parsed`);
  };

  it('names the token the parser stopped at, as graphql-java does', () => {
    expect(syntaxErrorResponse(syntaxError('queryy { echo }'))).toEqual({
      data: null,
      errors: [{ path: null, locations: [location(1, 1)], message: "Invalid Syntax : offending token 'queryy' at line 1 column 1" }],
    });
  });

  it('names the end of the document <EOF>', () => {
    expect(syntaxErrorResponse(syntaxError('{\n  echo(')).errors[0].message).toBe(
      "Invalid Syntax : offending token '<EOF>' at line 2 column 8",
    );
  });

  it('treats an empty document as ending at once', () => {
    expect(syntaxErrorResponse(syntaxError('')).errors[0].message).toBe("Invalid Syntax : offending token '<EOF>' at line 1 column 1");
  });
});

describe('variable coercion', () => {
  const getPost = operationOf('query ($id: ID!) { getPost(id: $id) { id } }');
  const createPost = operationOf('mutation M($input: PostInput!) { createPost(input: $input) { id } }');

  it('reports a missing non-null variable at its definition', () => {
    expect(coerceVariablesLikeAppSync(schema, getPost, {})).toEqual({
      error: { path: null, locations: [location(1, 8)], message: "Variable 'id' has coerced Null value for NonNull type 'ID!'" },
    });
  });

  it('names the variable and the type of the missing part when a nested required field is absent', () => {
    // Assess (aws/aws-appsync-community#406: "Variable 'outside_input' has coerced Null value for NonNull type 'String!'")
    expect(coerceVariablesLikeAppSync(schema, createPost, { input: { id: '1' } })).toEqual({
      error: { path: null, locations: [location(1, 12)], message: "Variable 'input' has coerced Null value for NonNull type 'String!'" },
    });
  });

  it('names the Java class of a value an ID cannot take', () => {
    // Assess ("Variable 'id' has an invalid value. Expected type 'ID' but was 'ArrayList'.", quoted in an Amplify app)
    expect(coerceVariablesLikeAppSync(schema, getPost, { id: ['1', '2'] })).toEqual({
      error: {
        path: null,
        locations: [location(1, 8)],
        message: "Variable 'id' has an invalid value. Expected type 'ID' but was 'ArrayList'.",
      },
    });
  });

  it('names the input field, not the variable, when a nested value is invalid', () => {
    expect(coerceVariablesLikeAppSync(schema, createPost, { input: { id: '1', test: 'x', status: 'ARCHIVED' } })).toEqual({
      error: {
        path: null,
        locations: [location(1, 12)],
        message: "Variable 'status' has an invalid value. Invalid input for Enum 'Status'. No value found for name 'ARCHIVED'",
      },
    });
  });

  it('leaves out which field an input does not define, with no locations', () => {
    // Assess (aws/aws-appsync-community#273, trailing space included)
    expect(coerceVariablesLikeAppSync(schema, createPost, { input: { id: '1', test: 'x', testa: 'y' } })).toEqual({
      error: {
        path: null,
        locations: null,
        message: "The variables input contains a field that is not defined for input object type 'PostInput' ",
      },
    });
  });

  it('refuses a non-object for an input object', () => {
    const result = coerceVariablesLikeAppSync(schema, createPost, { input: 'x' });
    expect(result).toEqual({
      error: {
        path: null,
        locations: [location(1, 12)],
        message:
          "Variable 'input' has an invalid value. Expected type 'Map' but was 'String'. Variables for input objects must be an instance of type 'Map'.",
      },
    });
  });

  it("passes a custom scalar's refusal through, as AppSync does for AWSJSON", () => {
    // Prepare
    const operation = operationOf('query ($data: AWSJSON) { json(data: $data) }');

    // Act
    const result = coerceVariablesLikeAppSync(schema, operation, { data: { key1: 'hi', key2: 3, 'weirdKey:hello': { nested: true } } });

    // Assess (an Amplify app recorded "Unable to parse {key1=hi, key2=3, weirdKey:hello={nested=true}} as valid JSON.")
    expect(result).toEqual({
      error: {
        path: null,
        locations: [location(1, 8)],
        message: "Variable 'data' has an invalid value. Unable to parse {key1=hi, key2=3, weirdKey:hello={nested=true}} as valid JSON.",
      },
    });
  });

  it('accepts what graphql-java accepts, in a form graphql-js then executes', async () => {
    // Prepare
    const query = 'query ($limit: Int, $msg: String, $status: Status) { listPosts(limit: $limit, status: $status) { id } echo(msg: $msg) }';
    const root = {
      listPosts: (args: { limit: number; status: string }) => [{ id: `${args.limit}-${args.status}` }],
      echo: (args: { msg: string }) => args.msg,
    };

    // Act
    const coercion = coerceVariablesLikeAppSync(schema, operationOf(query), { limit: '42', msg: 7, status: 'DRAFT' });
    const result =
      'coerced' in coercion ? await execute({ schema, document: parse(query), rootValue: root, variableValues: coercion.coerced }) : null;

    // Assess
    expect(coercion).toEqual({ coerced: { limit: 42, msg: '7', status: 'DRAFT' } });
    expect(result).toEqual({ data: { listPosts: [{ id: '42-DRAFT' }], echo: '7' } });
  });

  it('turns graphql-js coercion errors into the AppSync message for the first bad variable', async () => {
    // Prepare
    const query = 'query Q($id: ID!, $n: Int!) { getPost(id: $id) { id } }';
    const document = parse(query);
    const jsResult = await execute({ schema, document, variableValues: {} });

    // Act
    const response = variableErrorsResponse(jsResult.errors ?? [], schema, document, {}, 'Q');

    // Assess
    expect(jsResult.errors).toHaveLength(2);
    expect(response).toEqual({
      data: null,
      errors: [{ path: null, locations: [location(1, 9)], message: "Variable 'id' has coerced Null value for NonNull type 'ID!'" }],
    });
  });
});

describe('choosing the operation', () => {
  const twoOperations = parse('query A { echo } query B { echo }');

  it('runs the only operation when none is named', () => {
    const chosen = selectOperation(parse('query A { echo }'), null);
    expect('operation' in chosen && chosen.operation.name?.value).toBe('A');
  });

  it('refuses an operation name the document does not have', () => {
    expect(selectOperation(twoOperations, 'C')).toEqual({
      rejection: {
        statusCode: 400,
        body: { errors: [{ message: 'No operation matches the provided operation name C.', errorType: 'BadRequestException' }] },
      },
    });
  });

  it('counts an empty operation name as given', () => {
    const chosen = selectOperation(parse('{ echo }'), '');
    expect('rejection' in chosen && chosen.rejection.body.errors[0].message).toBe('No operation matches the provided operation name .');
  });

  it('asks for an operation name when there are several', () => {
    const chosen = selectOperation(twoOperations, undefined);
    expect('rejection' in chosen && chosen.rejection.body.errors[0]).toEqual({
      message: 'Missing operation name.',
      errorType: 'BadRequestException',
    });
  });

  it('refuses a subscription over HTTP with the MQTT notice, but not over the WebSocket', () => {
    const subscription = parse('subscription { onCreatePost { id } }');
    const overHttp = selectOperation(subscription, null);
    expect('rejection' in overHttp && overHttp.rejection.body.errors[0]).toEqual({
      message: 'Subscriptions over MQTT is not supported.',
      errorType: 'BadRequestException',
    });
    expect('operation' in selectOperation(subscription, null, 'websocket')).toBe(true);
  });
});

describe('non-null violations', () => {
  it('names the type, its parent and the result path, with no locations', () => {
    // Assess (aws/aws-cdk#19061)
    expect(nonNullViolation('ID', 'User', ['getUserByHandleName', 'id'])).toEqual({
      path: ['getUserByHandleName', 'id'],
      locations: null,
      message: "Cannot return null for non-nullable type: 'ID' within parent 'User' (/getUserByHandleName/id)",
    });
  });

  it('writes list indexes in brackets in the result path', () => {
    // Assess (aws-amplify/amplify-flutter#2137)
    expect(nonNullViolation('String', 'Enquiry', ['syncEnquiries', 'items', 0, 'noBedrooms']).message).toBe(
      "Cannot return null for non-nullable type: 'String' within parent 'Enquiry' (/syncEnquiries/items[0]/noBedrooms)",
    );
  });

  it('gives wrapped types the name graphql-java gives them', () => {
    const post = schema.getType('Post') as GraphQLObjectType;
    expect(javaTypeName(post.getFields().comments.type)).toBe('null');
    expect(javaTypeName(post)).toBe('Post');
  });
});

describe('Java formatting', () => {
  it('prints float literals as BigDecimal does', () => {
    expect(['1.50', '1e3', '-0.5e-8', '12.5E2'].map(javaBigDecimal)).toEqual(['1.50', '1E+3', '-5E-9', '1.25E+3']);
  });

  it('orders a set of field names as java.util.HashSet iterates them', () => {
    expect(javaHashSetOrder(['id', 'test'])).toEqual(['test', 'id']);
  });

  it('prints decoded JSON as Java collections print', () => {
    expect(javaToString({ a: [1, 2.5], b: null, c: 'x' })).toBe('{a=[1, 2.5], b=null, c=x}');
  });
});
