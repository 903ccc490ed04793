import {
  GraphQLError,
  __Directive,
  __EnumValue,
  __Field,
  __InputValue,
  __Schema,
  __Type,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import { FieldError } from './errors.ts';

/**
 * Fields one request may resolve, its own and introspection's. Aliases multiply: a fragment of a
 * thousand aliased fields spread under a thousand aliases asks for a million values from 36 KB of
 * query, and nothing else bounds fields without resolvers (AppSync's limits count resolvers and
 * depth). A page of a hundred items with a few nested objects resolves some ten thousand. AppSync
 * documents no such limit; the number and the message are the runtime's own.
 */
export const MAX_FIELDS = 200_000;

/** What an execution carries for the budget: fields it may still resolve, and the one error once none are left. */
export interface FieldBudget {
  fieldsLeft?: number;
  exhausted?: GraphQLError;
}

/**
 * Charges one field. Past the budget, the field and every later one fail with one and the same
 * error, made once with its path and no source location: graphql-js locates an error by scanning
 * the query text, which, for each of a million fields of a large query, is work without end.
 * The executor reports it once.
 */
export function chargeField(budget: FieldBudget, info: GraphQLResolveInfo): void {
  if (budget.fieldsLeft === undefined) return;
  budget.fieldsLeft -= 1;
  if (budget.fieldsLeft >= 0) return;
  budget.exhausted ??= new GraphQLError(`The request resolves more than ${MAX_FIELDS} fields.`, {
    path: responsePathAsArray(info.path),
    originalError: new FieldError(`The request resolves more than ${MAX_FIELDS} fields.`, 'FieldLimitReached'),
  });
  throw budget.exhausted;
}

let installed = false;

/**
 * Introspection fields have resolvers of graphql-js's own, which never reach the executor's: they
 * are wrapped once for the process to charge the same budget. An execution without a budget (any
 * other use of graphql-js) passes through unchanged.
 */
export function chargeIntrospectionFields(): void {
  if (installed) return;
  installed = true;
  const types: GraphQLObjectType[] = [__Schema, __Type, __Field, __InputValue, __EnumValue, __Directive];
  for (const type of types) {
    for (const field of Object.values(type.getFields())) {
      const resolve = (field.resolve ?? ((source: Record<string, unknown>) => source[field.name])) as GraphQLFieldResolver<
        unknown,
        FieldBudget
      >;
      field.resolve = (source, args, context, info) => {
        if (context) chargeField(context, info);
        return resolve(source, args, context, info);
      };
    }
  }
}
