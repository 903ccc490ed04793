// graphql-java's LanguageTraversal and RulesVisitor over graphql-js nodes. Errors come out in
// the order graphql-java finds them: one depth-first walk, rules in registration order at each
// node, and the variable rules re-walking every spread fragment in place.
import {
  Kind,
  getLocation,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLSchema,
} from 'graphql';
import { TraversalContext, type RuleContext, type RuleFactory, type ValidationRule } from './context.ts';

export interface JavaValidationError {
  type: string;
  description: string;
  queryPath: string[] | null;
  locations: { line: number; column: number }[];
}

export function validateLikeGraphqlJava(
  schema: GraphQLSchema,
  document: DocumentNode,
  factories: readonly RuleFactory[],
): JavaValidationError[] {
  const errors: JavaValidationError[] = [];
  const traversal = new TraversalContext(schema);
  const fragments = new Map<string, FragmentDefinitionNode>();
  // Like graphql-java's ValidationContext, a repeated fragment name refers to the last definition.
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const context: RuleContext = {
    schema,
    document,
    traversal,
    fragment: (name) => fragments.get(name),
    report(type, description, at) {
      const nodes = at == null ? [] : Array.isArray(at) ? at : [at as ASTNode];
      errors.push({ type, description, queryPath: traversal.queryPath, locations: nodes.flatMap(locationOf) });
    },
  };
  const rules = factories.map((create) => create(context));
  walk(document, [], new RulesVisitor(context, rules, false));
  return errors;
}

function locationOf(node: ASTNode) {
  if (!node.loc) return [];
  const { line, column } = getLocation(node.loc.source, node.loc.start);
  return [{ line, column }];
}

interface Visitor {
  enter(node: ASTNode, ancestors: readonly ASTNode[]): void;
  leave(node: ASTNode, ancestors: readonly ASTNode[]): void;
}

function walk(node: ASTNode, ancestors: readonly ASTNode[], visitor: Visitor): void {
  visitor.enter(node, ancestors);
  const path = [...ancestors, node];
  for (const child of childrenOf(node)) walk(child, path, visitor);
  visitor.leave(node, ancestors);
}

/** graphql-java's `Node.getChildren()` order; names are not nodes there, and neither is a definition's `$variable`. */
function childrenOf(node: ASTNode): readonly ASTNode[] {
  switch (node.kind) {
    case Kind.DOCUMENT:
      return node.definitions;
    case Kind.OPERATION_DEFINITION:
      return [...(node.variableDefinitions ?? []), ...(node.directives ?? []), node.selectionSet];
    case Kind.VARIABLE_DEFINITION:
      return [node.type, ...(node.defaultValue ? [node.defaultValue] : []), ...(node.directives ?? [])];
    case Kind.SELECTION_SET:
      return node.selections;
    case Kind.FIELD:
      return [...(node.arguments ?? []), ...(node.directives ?? []), ...(node.selectionSet ? [node.selectionSet] : [])];
    case Kind.ARGUMENT:
    case Kind.OBJECT_FIELD:
      return [node.value];
    case Kind.FRAGMENT_SPREAD:
      return node.directives ?? [];
    case Kind.INLINE_FRAGMENT:
      return [...(node.typeCondition ? [node.typeCondition] : []), ...(node.directives ?? []), node.selectionSet];
    case Kind.FRAGMENT_DEFINITION:
      return [node.typeCondition, ...(node.directives ?? []), node.selectionSet];
    case Kind.DIRECTIVE:
      return node.arguments ?? [];
    case Kind.LIST:
      return node.values;
    case Kind.OBJECT:
      return node.fields;
    case Kind.LIST_TYPE:
    case Kind.NON_NULL_TYPE:
      return [node.type];
    default:
      return [];
  }
}

class RulesVisitor implements Visitor {
  private readonly skipped = new Set<ValidationRule>();
  private readonly skippedUntil = new Map<ASTNode, ValidationRule[]>();
  private readonly spreadVisitors: ValidationRule[];

  constructor(
    private readonly context: RuleContext,
    private readonly rules: readonly ValidationRule[],
    private readonly inSpreadFragment: boolean,
  ) {
    this.spreadVisitors = rules.filter((r) => r.visitsFragmentSpreads);
  }

  enter(node: ASTNode, ancestors: readonly ASTNode[]): void {
    this.context.traversal.enter(node);
    const rules = this.rules.filter((r) => !this.skipped.has(r));
    switch (node.kind) {
      case Kind.DOCUMENT:
        return rules.forEach((r) => r.checkDocument?.(node));
      case Kind.ARGUMENT:
        return rules.forEach((r) => r.checkArgument?.(node));
      case Kind.NAMED_TYPE:
        return rules.forEach((r) => r.checkTypeName?.(node));
      case Kind.VARIABLE_DEFINITION:
        return rules.forEach((r) => r.checkVariableDefinition?.(node));
      case Kind.FIELD:
        return rules.forEach((r) => r.checkField?.(node));
      case Kind.INLINE_FRAGMENT:
        return rules.forEach((r) => r.checkInlineFragment?.(node));
      case Kind.DIRECTIVE:
        return rules.forEach((r) => r.checkDirective?.(node, ancestors));
      case Kind.FRAGMENT_SPREAD:
        return this.enterFragmentSpread(node, rules, ancestors);
      case Kind.FRAGMENT_DEFINITION:
        return this.enterFragmentDefinition(node, rules);
      case Kind.OPERATION_DEFINITION:
        return rules.forEach((r) => r.checkOperationDefinition?.(node));
      case Kind.VARIABLE:
        return rules.forEach((r) => r.checkVariable?.(node));
      case Kind.SELECTION_SET:
        return rules.forEach((r) => r.checkSelectionSet?.(node));
      case Kind.OBJECT:
        return rules.forEach((r) => r.checkObjectValue?.(node));
    }
  }

  leave(node: ASTNode): void {
    this.context.traversal.leave(node);
    if (node.kind === Kind.DOCUMENT) this.rules.forEach((r) => r.documentFinished?.(node));
    else if (node.kind === Kind.OPERATION_DEFINITION) this.rules.forEach((r) => r.leaveOperationDefinition?.(node));
    else if (node.kind === Kind.SELECTION_SET) this.rules.forEach((r) => r.leaveSelectionSet?.(node));
    const until = this.skippedUntil.get(node);
    if (until) {
      until.forEach((r) => this.skipped.delete(r));
      this.skippedUntil.delete(node);
    }
  }

  private enterFragmentSpread(node: FragmentSpreadNode, rules: readonly ValidationRule[], ancestors: readonly ASTNode[]) {
    rules.forEach((r) => r.checkFragmentSpread?.(node));
    const spreadVisitors = rules.filter((r) => r.visitsFragmentSpreads);
    const fragment = this.context.fragment(node.name.value);
    if (spreadVisitors.length && fragment && !ancestors.includes(fragment)) {
      walk(fragment, ancestors, new RulesVisitor(this.context, spreadVisitors, true));
    }
  }

  // At the top level, the rules that follow spreads skip fragment definitions: they have seen
  // each fragment already, through the operations that spread it.
  private enterFragmentDefinition(node: FragmentDefinitionNode, rules: readonly ValidationRule[]) {
    if (!this.inSpreadFragment) {
      this.skippedUntil.set(node, [...this.spreadVisitors]);
      this.spreadVisitors.forEach((r) => this.skipped.add(r));
    }
    for (const rule of rules) {
      if (!this.inSpreadFragment && rule.visitsFragmentSpreads) continue;
      rule.checkFragmentDefinition?.(node);
    }
  }
}
