// Variable coercion as AppSync's graphql-java does it (its ValuesResolver and built-in scalars),
// with AppSync's messages. It stops at the first bad variable, and it is more lenient than
// graphql-js: "42" is a fine Int, 7 a fine String. The coerced values it returns are ones
// graphql-js accepts, so the runtime can execute with them.
import {
  getLocation,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type DocumentNode,
  type GraphQLError,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { plainError, type AppSyncErrorJson, type RequestErrorResponse } from './errors.ts';
import { javaClassName, javaToString, javaTypeSignature } from './java-format.ts';
import { chosenOperation, selectOperation } from './request.ts';

export type VariableCoercion = { coerced: Record<string, unknown> } | { error: AppSyncErrorJson };

/**
 * Variable coercion failures graphql-js reported → AppSync's message for the first bad variable
 * (graphql-java stops there). Prefer `coerceVariablesLikeAppSync` before executing: AppSync accepts
 * some values graphql-js refuses ("42" for an Int), and then there is no error to report.
 */
export function variableErrorsResponse(
  errors: readonly GraphQLError[],
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  operationName?: string | null,
): RequestErrorResponse {
  const operation = chosenOperation(selectOperation(document, operationName));
  const coercion = operation && coerceVariablesLikeAppSync(schema, operation, variables);
  if (coercion && 'error' in coercion) return { data: null, errors: [coercion.error] };
  return { data: null, errors: errors.map(plainError) };
}

/** A scalar or enum refused the value; graphql-java adds which variable it was. */
class CoercingParseValueError extends Error {}

/** An error that already has its final message and locations. */
class VariableError extends Error {
  constructor(readonly json: AppSyncErrorJson) {
    super(json.message);
  }
}

export function coerceVariablesLikeAppSync(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Readonly<Record<string, unknown>> | null | undefined,
): VariableCoercion {
  const coerced: Record<string, unknown> = {};
  try {
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type) as GraphQLInputType;
      const given = inputs && Object.hasOwn(inputs, name);
      const value = given ? inputs[name] : undefined;
      // A missing or null value with a default is left for graphql-js to fill in.
      if ((value === undefined || value === null) && definition.defaultValue) continue;
      if (!given) {
        if (isNonNullType(type)) throw nullForNonNull(definition, type);
        continue;
      }
      coerced[name] = coerceValue(definition, name, type, value);
    }
  } catch (e) {
    if (e instanceof VariableError) return { error: e.json };
    throw e;
  }
  return { coerced };
}

function coerceValue(definition: VariableDefinitionNode, inputName: string, type: GraphQLInputType, value: unknown): unknown {
  try {
    if (isNonNullType(type)) {
      const result = coerceValue(definition, inputName, type.ofType, value);
      // Nested or not, the message names the variable and the type of the part that is null.
      if (result === null || result === undefined) throw nullForNonNull(definition, type);
      return result;
    }
    if (value === null || value === undefined) return value;
    if (isScalarType(type)) return coerceScalar(type, value);
    if (isEnumType(type)) {
      const name = javaToString(value);
      if (!type.getValue(name))
        throw new CoercingParseValueError(`Invalid input for Enum '${type.name}'. No value found for name '${name}'`);
      return name;
    }
    if (isListType(type)) {
      const items = Array.isArray(value) ? value : [value];
      return items.map((item) => coerceValue(definition, inputName, type.ofType as GraphQLInputType, item));
    }
    if (!isPlainObject(value)) {
      throw new CoercingParseValueError(
        `Expected type 'Map' but was '${javaClassName(value)}'. Variables for input objects must be an instance of type 'Map'.`,
      );
    }
    return coerceInputObject(definition, type, value);
  } catch (e) {
    if (!(e instanceof CoercingParseValueError)) throw e;
    throw new VariableError({
      path: null,
      locations: [locationOf(definition)],
      message: `Variable '${inputName}' has an invalid value. ${e.message}`,
    });
  }
}

// Keys left out of the result let graphql-js apply the schema's default values itself.
function coerceInputObject(definition: VariableDefinitionNode, type: GraphQLInputObjectType, value: Record<string, unknown>) {
  const fields = type.getFields();
  if (Object.keys(value).some((key) => !fields[key])) {
    // AppSync leaves out which field graphql-java named: aws/aws-appsync-community#273.
    throw new VariableError({
      path: null,
      locations: null,
      message: `The variables input contains a field that is not defined for input object type '${javaTypeSignature(type)}' `,
    });
  }
  const result: Record<string, unknown> = {};
  for (const field of Object.values(fields)) {
    const given = Object.hasOwn(value, field.name);
    if (!given && field.defaultValue === undefined && !isNonNullType(field.type)) continue;
    const coerced = coerceValue(definition, field.name, field.type, value[field.name]);
    if (coerced !== null && coerced !== undefined) result[field.name] = coerced;
    else if (given && field.defaultValue === undefined) result[field.name] = null;
  }
  return result;
}

const nullForNonNull = (definition: VariableDefinitionNode, type: GraphQLInputType) =>
  new VariableError({
    path: null,
    locations: [locationOf(definition)],
    message: `Variable '${definition.variable.name.value}' has coerced Null value for NonNull type '${javaTypeSignature(type)}'`,
  });

function locationOf(definition: VariableDefinitionNode) {
  const { line, column } = definition.loc ? getLocation(definition.loc.source, definition.loc.start) : { line: 1, column: 1 };
  return { line, column, sourceName: null };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const refusal = (type: GraphQLScalarType, value: unknown) =>
  new CoercingParseValueError(`Expected type '${type.name}' but was '${javaClassName(value)}'.`);

/** graphql-java's built-in scalars accept more than graphql-js; the result is what graphql-js will accept. */
function coerceScalar(type: GraphQLScalarType, value: unknown): unknown {
  switch (type.name) {
    case 'String':
      return javaToString(value);
    case 'ID':
      if (typeof value === 'string') return value;
      if ((typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint') return String(value);
      throw refusal(type, value);
    case 'Int': {
      const number = decimal(value);
      if (number === null || !Number.isInteger(number) || number < -(2 ** 31) || number >= 2 ** 31) throw refusal(type, value);
      return number;
    }
    case 'Float': {
      const number = decimal(value);
      if (number === null) throw refusal(type, value);
      return number;
    }
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string') return value.toLowerCase() === 'true';
      if (typeof value === 'number') return value !== 0;
      throw refusal(type, value);
    default:
      try {
        type.parseValue(value);
      } catch (e) {
        throw new CoercingParseValueError(e instanceof Error ? e.message : String(e));
      }
      return value;
  }
}

// `new BigDecimal(input.toString())` over numbers and strings.
function decimal(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return null;
  return Number(value);
}
