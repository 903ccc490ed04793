import { GraphQLScalarType, Kind, type ValueNode, type GraphQLSchema } from 'graphql';

/**
 * AppSync's scalars (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html).
 * Strings are validated against the documented formats; AWSJSON arguments reach resolvers
 * parsed ("automatically parsed and loaded in the resolver code as maps, lists, or scalar
 * values"), and AWSJSON results are serialized to a JSON string.
 */
const DATE = /^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2}(:\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/?[^\s]*$/;
const PHONE = /^\+?[\d\s().-]{3,}$/;
const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-fA-F:]+(\/\d{1,3})?$/;

function stringScalar(name: string, valid: (s: string) => boolean) {
  const check = (value: unknown) => {
    if (typeof value !== 'string' || !valid(value))
      throw new TypeError(`Can't serialize value : Unable to serialize \`${String(value)}\` as a valid ${name}.`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    serialize: check,
    parseValue: (value) => {
      if (typeof value !== 'string' || !valid(value)) throw new TypeError(`Unable to parse ${JSON.stringify(value)} as a valid ${name}.`);
      return value;
    },
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING || !valid(ast.value)) throw new TypeError(`Unable to parse literal as a valid ${name}.`);
      return ast.value;
    },
  });
}

const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10)));

export const appSyncScalars: GraphQLScalarType[] = [
  stringScalar('AWSDate', validDate),
  stringScalar('AWSTime', (s) => TIME.test(s)),
  stringScalar('AWSDateTime', (s) => DATE_TIME.test(s) && validDate(s.slice(0, 10))),
  stringScalar('AWSEmail', (s) => EMAIL.test(s)),
  stringScalar('AWSURL', (s) => URL_SCHEME.test(s)),
  stringScalar('AWSPhone', (s) => PHONE.test(s)),
  stringScalar('AWSIPAddress', (s) => IPV4.test(s) || (s.includes(':') && IPV6.test(s))),
  new GraphQLScalarType({
    name: 'AWSTimestamp',
    serialize: (v) => {
      if (typeof v !== 'number' || !Number.isInteger(v))
        throw new TypeError(`Can't serialize value : Unable to serialize \`${String(v)}\` as a valid AWSTimestamp.`);
      return v;
    },
    parseValue: (v) => {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new TypeError('Unable to parse value as a valid AWSTimestamp.');
      return v;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.INT) throw new TypeError('Unable to parse literal as a valid AWSTimestamp.');
      return Number(ast.value);
    },
  }),
  new GraphQLScalarType({
    name: 'AWSJSON',
    serialize: (v) => (typeof v === 'string' ? v : JSON.stringify(v)),
    parseValue: (v) => {
      if (typeof v !== 'string') throw new TypeError('Unable to parse value as a valid AWSJSON: expected a JSON string.');
      try {
        return JSON.parse(v);
      } catch {
        throw new TypeError(`Unable to parse ${JSON.stringify(v)} as a valid AWSJSON.`);
      }
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw new TypeError('Unable to parse literal as a valid AWSJSON.');
      try {
        return JSON.parse(ast.value);
      } catch {
        throw new TypeError('Unable to parse literal as a valid AWSJSON.');
      }
    },
  }),
];

/** Gives the schema's AppSync scalar declarations their AppSync behaviour. */
export function installAppSyncScalars(schema: GraphQLSchema): void {
  for (const scalar of appSyncScalars) {
    const declared = schema.getType(scalar.name);
    if (declared instanceof GraphQLScalarType) {
      declared.serialize = scalar.serialize;
      declared.parseValue = scalar.parseValue;
      declared.parseLiteral = scalar.parseLiteral;
    }
  }
}
