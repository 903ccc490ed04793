// Interim request-phase error responses; replaced by appsync-errors.ts (graphql-java messages).
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { formatLocations, type AppSyncErrorJson } from './error-json.ts';

const toJson = (e: GraphQLError): AppSyncErrorJson => ({ path: null, locations: formatLocations(e.locations), message: e.message });

export const syntaxErrorResponse = (e: GraphQLError) => ({ errors: [toJson(e)] });
export const validationErrorsResponse = (errors: readonly GraphQLError[], _d?: DocumentNode, _s?: GraphQLSchema) => ({
  data: null,
  errors: errors.map(toJson),
});
export const requestErrorsResponse = (errors: readonly GraphQLError[]) => ({ data: null, errors: errors.map(toJson) });
export const nonNullViolation = (typeName: string, parent: string, path: (string | number)[]): AppSyncErrorJson => ({
  path,
  locations: null,
  message: `Cannot return null for non-nullable type: '${typeName}' within parent '${parent}' (/${path.join('/')})`,
});
