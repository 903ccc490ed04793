// graphql-java's TraversalContext over graphql-js nodes: the schema types in scope at each node,
// and the query path ("getPost/id") that graphql-java appends to every validation error.
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isInputType,
  isInterfaceType,
  isListType,
  isObjectType,
  isOutputType,
  isUnionType,
  typeFromAST,
  type ArgumentNode,
  type ASTNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type NamedTypeNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
  type VariableNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type ObjectValueNode,
  type OperationDefinitionNode,
} from 'graphql';

export class TraversalContext {
  private readonly outputTypes: (GraphQLOutputType | null)[] = [];
  private readonly parentTypes: (GraphQLCompositeType | null)[] = [];
  private readonly inputTypes: (GraphQLInputType | null)[] = [];
  private readonly fieldDefs: (GraphQLField<unknown, unknown> | null)[] = [];
  private readonly names: string[] = [];
  private directive: GraphQLDirective | null = null;
  private argument: GraphQLArgument | null = null;

  constructor(private readonly schema: GraphQLSchema) {}

  get outputType() {
    return this.outputTypes.at(-1) ?? null;
  }
  get parentType() {
    return this.parentTypes.at(-1) ?? null;
  }
  get inputType() {
    return this.inputTypes.at(-1) ?? null;
  }
  get fieldDef() {
    return this.fieldDefs.at(-1) ?? null;
  }
  get currentDirective() {
    return this.directive;
  }
  get currentArgument() {
    return this.argument;
  }
  /** Field names (not aliases) from the enclosing fragment definition down; null at the top. */
  get queryPath(): string[] | null {
    return this.names.length ? [...this.names] : null;
  }

  enter(node: ASTNode): void {
    switch (node.kind) {
      case Kind.OPERATION_DEFINITION:
        this.outputTypes.push(this.rootType(node));
        break;
      case Kind.SELECTION_SET: {
        const named = this.outputType && getNamedType(this.outputType);
        this.parentTypes.push(named && isCompositeType(named) ? named : null);
        break;
      }
      case Kind.FIELD: {
        this.names.push(node.name.value);
        const fieldDef = this.parentType ? fieldDefinition(this.schema, this.parentType, node) : null;
        this.fieldDefs.push(fieldDef);
        this.outputTypes.push(fieldDef?.type ?? null);
        break;
      }
      case Kind.DIRECTIVE:
        this.directive = this.schema.getDirective(node.name.value) ?? null;
        break;
      case Kind.INLINE_FRAGMENT:
        this.outputTypes.push(node.typeCondition ? this.outputTypeNamed(node.typeCondition.name.value) : this.parentType);
        break;
      case Kind.FRAGMENT_DEFINITION:
        this.names.push(node.name.value);
        this.outputTypes.push(this.outputTypeNamed(node.typeCondition.name.value));
        break;
      case Kind.VARIABLE_DEFINITION: {
        const type = typeFromAST(this.schema, node.type);
        this.inputTypes.push(type && isInputType(type) ? type : null);
        break;
      }
      case Kind.ARGUMENT: {
        const owner = this.directive ?? this.fieldDef;
        const argument = owner?.args.find((a) => a.name === node.name.value) ?? null;
        this.inputTypes.push(argument?.type ?? null);
        this.argument = argument;
        break;
      }
      case Kind.LIST: {
        const nullable = this.inputType && getNullableType(this.inputType);
        this.inputTypes.push(nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : null);
        break;
      }
      case Kind.OBJECT_FIELD: {
        const objectType = this.inputType && getNamedType(this.inputType);
        const field = objectType && isInputObjectType(objectType) ? objectType.getFields()[node.name.value] : undefined;
        this.inputTypes.push(field?.type ?? null);
        break;
      }
    }
  }

  leave(node: ASTNode): void {
    switch (node.kind) {
      case Kind.OPERATION_DEFINITION:
      case Kind.INLINE_FRAGMENT:
        this.outputTypes.pop();
        break;
      case Kind.SELECTION_SET:
        this.parentTypes.pop();
        break;
      case Kind.FIELD:
        this.names.pop();
        this.fieldDefs.pop();
        this.outputTypes.pop();
        break;
      case Kind.DIRECTIVE:
        this.directive = null;
        break;
      case Kind.FRAGMENT_DEFINITION:
        this.names.pop();
        this.outputTypes.pop();
        break;
      case Kind.VARIABLE_DEFINITION:
      case Kind.LIST:
      case Kind.OBJECT_FIELD:
        this.inputTypes.pop();
        break;
      case Kind.ARGUMENT:
        this.argument = null;
        this.inputTypes.pop();
        break;
    }
  }

  private rootType(operation: OperationDefinitionNode) {
    return this.schema.getRootType(operation.operation) ?? null;
  }

  private outputTypeNamed(name: string) {
    const type = this.schema.getType(name);
    return type && isOutputType(type) ? type : null;
  }
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, field: FieldNode) {
  const name = field.name.value;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  if (name === TypeNameMetaFieldDef.name && (isObjectType(parentType) || isInterfaceType(parentType) || isUnionType(parentType))) {
    return TypeNameMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? (parentType.getFields()[name] ?? null) : null;
}

/** What a ported graphql-java rule sees: the document, the schema and the traversal state. */
export interface RuleContext {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly traversal: TraversalContext;
  fragment(name: string): FragmentDefinitionNode | undefined;
  /** graphql-java's `addError`: records the error with the query path at this moment. */
  report(type: string, description: string, at: readonly ASTNode[] | ASTNode | null | undefined): void;
}

/**
 * A graphql-java `AbstractRule`: each hook runs when the traversal enters (or leaves) that
 * kind of node. Rules that visit fragment spreads also walk each spread fragment in place.
 */
export interface ValidationRule {
  readonly visitsFragmentSpreads?: boolean;
  checkDocument?(node: DocumentNode): void;
  checkOperationDefinition?(node: OperationDefinitionNode): void;
  checkFragmentDefinition?(node: FragmentDefinitionNode): void;
  checkVariableDefinition?(node: VariableDefinitionNode): void;
  checkSelectionSet?(node: SelectionSetNode): void;
  checkField?(node: FieldNode): void;
  checkInlineFragment?(node: InlineFragmentNode): void;
  checkFragmentSpread?(node: FragmentSpreadNode): void;
  checkDirective?(node: DirectiveNode, ancestors: readonly ASTNode[]): void;
  checkArgument?(node: ArgumentNode): void;
  checkObjectValue?(node: ObjectValueNode): void;
  checkTypeName?(node: NamedTypeNode): void;
  checkVariable?(node: VariableNode): void;
  leaveSelectionSet?(node: SelectionSetNode): void;
  leaveOperationDefinition?(node: OperationDefinitionNode): void;
  documentFinished?(node: DocumentNode): void;
}

export type RuleFactory = (context: RuleContext) => ValidationRule;
