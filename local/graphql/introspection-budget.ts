import { __Directive, __Field, __Schema, __Type, type GraphQLFieldResolver } from 'graphql';
import { FieldError } from './resolver-runner.ts';

/**
 * List items introspection may produce in one request. Introspection fields are graphql-js's
 * own, outside the depth and resolver limits, and fragments that spread one another twice
 * double the answer at every level: a 2.5 KB query could ask for gigabytes. A tool's full
 * introspection of this project's schema is a few thousand items. AppSync documents no such limit;
 * the number and the message are the runtime's own.
 */
export const INTROSPECTION_ITEMS = 10_000;

/** What an execution carries for the budget: items left. */
export interface IntrospectionBudget {
  introspectionItems?: number;
}

const LIST_FIELDS: [typeof __Type, string[]][] = [
  [__Schema, ['types', 'directives']],
  [__Type, ['fields', 'interfaces', 'possibleTypes', 'enumValues', 'inputFields']],
  [__Field, ['args']],
  [__Directive, ['args']],
];

let installed = false;

/**
 * Charges every list an introspection field answers with against the execution's budget. The
 * introspection types are graphql-js's singletons, so their list fields are wrapped once for the
 * process; an execution without a budget (any other use of graphql-js) passes through unchanged.
 */
export function chargeIntrospectionLists(): void {
  if (installed) return;
  installed = true;
  for (const [type, names] of LIST_FIELDS) {
    const fields = type.getFields();
    for (const name of names) {
      const field = fields[name]!;
      const resolve = field.resolve as GraphQLFieldResolver<unknown, IntrospectionBudget>;
      field.resolve = (source, args, context, info) => {
        const items = resolve(source, args, context, info);
        if (context && typeof context.introspectionItems === 'number' && Array.isArray(items)) {
          context.introspectionItems -= items.length;
          if (context.introspectionItems < 0) {
            throw new FieldError(`The request's introspection exceeds ${INTROSPECTION_ITEMS} items.`, 'ResolverExecutionLimitReached');
          }
        }
        return items;
      };
    }
  }
}
