// Ports of graphql-java's directive rules.
import { DirectiveLocation, Kind, type ASTNode, type DirectiveNode, type GraphQLDirective } from 'graphql';
import { reporter } from './reporter.ts';
import type { RuleFactory } from './context.ts';

export const knownDirectives: RuleFactory = (context) => {
  const report = reporter(context);
  return {
    checkDirective(directive, ancestors) {
      const name = directive.name.value;
      const definition = context.schema.getDirective(name);
      if (!definition) return report('unknownDirective', [name], directive);
      const parent = ancestors.at(-1);
      if (parent && isMisplaced(definition, parent)) report('misplacedDirective', [name], directive);
    },
  };
};

function isMisplaced(directive: GraphQLDirective, parent: ASTNode): boolean {
  const location = locationOf(parent);
  return location !== null && !directive.locations.includes(location);
}

function locationOf(parent: ASTNode): DirectiveLocation | null {
  switch (parent.kind) {
    case Kind.OPERATION_DEFINITION:
      return { query: DirectiveLocation.QUERY, mutation: DirectiveLocation.MUTATION, subscription: DirectiveLocation.SUBSCRIPTION }[
        parent.operation
      ];
    case Kind.FIELD:
      return DirectiveLocation.FIELD;
    case Kind.FRAGMENT_SPREAD:
      return DirectiveLocation.FRAGMENT_SPREAD;
    case Kind.FRAGMENT_DEFINITION:
      return DirectiveLocation.FRAGMENT_DEFINITION;
    case Kind.INLINE_FRAGMENT:
      return DirectiveLocation.INLINE_FRAGMENT;
    case Kind.VARIABLE_DEFINITION:
      return DirectiveLocation.VARIABLE_DEFINITION;
    default:
      return null;
  }
}

/** The container is named by graphql-java's AST class: "The directive 'x' used on a 'Field' is not unique." */
export const uniqueDirectiveNamesPerLocation: RuleFactory = (context) => {
  const report = reporter(context);
  const check = (container: string, directives: readonly DirectiveNode[] | undefined) => {
    const seen = new Set<string>();
    for (const directive of directives ?? []) {
      const name = directive.name.value;
      if (seen.has(name)) report('duplicateDirectiveName', [name, container], directive);
      else seen.add(name);
    }
  };
  return {
    checkOperationDefinition: (node) => check('OperationDefinition', node.directives),
    checkField: (node) => check('Field', node.directives),
    checkFragmentSpread: (node) => check('FragmentSpread', node.directives),
    checkInlineFragment: (node) => check('InlineFragment', node.directives),
    checkFragmentDefinition: (node) => check('FragmentDefinition', node.directives),
  };
};
