// Ports of graphql-java's argument rules.
import { isNonNullType, type ArgumentNode, type GraphQLArgument } from 'graphql';
import { wrongArgument } from './literals.ts';
import { reporter } from './reporter.ts';
import type { RuleFactory } from './context.ts';

export const argumentsOfCorrectType: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkArgument(argument) {
      const definition = context.traversal.currentArgument;
      if (!definition) return;
      const wrong = wrongArgument(argument, definition.type);
      if (wrong) report('wrongType', wrong, argument);
    },
  };
};

export const knownArgumentNames: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkArgument(argument) {
      const name = argument.name.value;
      const directive = context.traversal.currentDirective;
      if (directive) {
        if (!directive.args.some((a) => a.name === name)) report('unknownDirectiveArgument', [name], argument);
        return;
      }
      const field = context.traversal.fieldDef;
      if (field && !field.args.some((a) => a.name === name)) report('unknownArgument', [name], argument);
    },
  };
};

// This graphql-java asks for a non-null argument even when the schema gives it a default value.
const missingNonNull = (definitions: readonly GraphQLArgument[], given: readonly ArgumentNode[] | undefined) =>
  definitions.filter((d) => isNonNullType(d.type) && !given?.some((a) => a.name.value === d.name));

export const providedNonNullArguments: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkField(field) {
      const definition = context.traversal.fieldDef;
      if (!definition) return;
      // Introspection is graphql-java's own there, and none of its arguments with a default is
      // non-null; graphql-js 16.10+ declares `__Schema.directives(includeDeprecated: Boolean! = false)`.
      const introspection = context.traversal.parentType?.name.startsWith('__');
      const required = introspection ? definition.args.filter((a) => a.defaultValue === undefined) : definition.args;
      for (const missing of missingNonNull(required, field.arguments)) report('missingFieldArgument', [missing.name], field);
    },
    checkDirective(directive) {
      const definition = context.traversal.currentDirective;
      if (!definition) return;
      for (const missing of missingNonNull(definition.args, directive.arguments)) {
        report('missingDirectiveArgument', [missing.name], directive);
      }
    },
  };
};

const repeats = <N extends { name: { value: string } }>(nodes: readonly N[] | undefined): N[] => {
  const seen = new Set<string>();
  return (nodes ?? []).filter((n) => (seen.has(n.name.value) ? true : (seen.add(n.name.value), false)));
};

export const uniqueArgumentNames: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkField(field) {
      for (const repeated of repeats(field.arguments)) report('duplicateArgumentNames', [repeated.name.value], field);
    },
    checkDirective(directive) {
      for (const repeated of repeats(directive.arguments)) {
        report('duplicateArgumentNames', [repeated.name.value], directive);
      }
    },
  };
};

export const uniqueObjectFieldNames: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkObjectValue(object) {
      for (const repeated of repeats(object.fields)) report('duplicateObjectFieldName', [repeated.name.value], repeated);
    },
  };
};
