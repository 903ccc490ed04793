import {
  Kind,
  print,
  type ConstDirectiveNode,
  type DirectiveDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NamedTypeNode,
  type StringValueNode,
  type TypeDefinitionNode,
} from 'graphql';
import { at } from './composition-error.ts';
import { locationOf } from './locations.ts';
import type { PreparedSource, SourceMember, SourceType } from './source-schema.ts';

/** A field, input field or enum value of the merged schema, and the source APIs whose definition it is. */
export interface MergedMember {
  name: string;
  node: SourceMember['node'];
  contributors: string[];
}

export interface MergedType {
  name: string;
  node: TypeDefinitionNode;
  /** The source API definitions the merged type is made of (one, when one of them is @canonical). */
  definitions: SourceType[];
  members: Map<string, MergedMember>;
}

export interface MergeResult {
  types: MergedType[];
  directives: DirectiveDefinitionNode[];
  conflicts: string[];
}

/**
 * The AppSync authorization directives: a type's apply to its fields that have none
 * (https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html).
 */
const AUTH_DIRECTIVES = new Set(['aws_api_key', 'aws_iam', 'aws_oidc', 'aws_lambda', 'aws_cognito_user_pools', 'aws_auth']);
const isAuth = (d: ConstDirectiveNode) => AUTH_DIRECTIVES.has(d.name.value);
const printed = (directives: readonly ConstDirectiveNode[] | undefined) =>
  (directives ?? [])
    .map((d) => print(d))
    .sort()
    .join(' ');

const KIND_NAMES: Record<string, string> = {
  [Kind.OBJECT_TYPE_DEFINITION]: 'an object type',
  [Kind.INTERFACE_TYPE_DEFINITION]: 'an interface',
  [Kind.UNION_TYPE_DEFINITION]: 'a union',
  [Kind.ENUM_TYPE_DEFINITION]: 'an enum',
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: 'an input type',
  [Kind.SCALAR_TYPE_DEFINITION]: 'a scalar',
};

/**
 * Merges the source APIs' types by AppSync's Merged API rules (https://docs.aws.amazon.com/appsync/latest/devguide/merged-api.html,
 * "Merged API conflict resolution"; AWS blog "Merged APIs best practices, part 2 – schema composition"):
 * same-named types merge member by member (fields, input fields, enum values, union members,
 * implemented interfaces), identical definitions of a member merge into one, and a member
 * defined differently by two source APIs is a conflict ("Merging is not supported for fields
 * with different types") unless exactly one of them is `@canonical`, whose definition then wins.
 * A `@canonical` type replaces every other source API's definition of that type outright.
 *
 * Authorization is kept per source API: a field's effective rule is its own auth directives,
 * else its type's. When the source APIs give a type different type-level directives, each
 * field carries its effective directives in the merged schema, so no field changes rule. The guide
 * (merged-api.html) does not say how differing type-level directives merge: this is the runtime's
 * choice, pinned by test/federation/compose.test.ts.
 */
export function mergeTypes(sources: PreparedSource[]): MergeResult {
  const conflicts: string[] = [];
  const byName = new Map<string, SourceType[]>();
  for (const type of sources.flatMap((s) => s.types)) byName.set(type.name, [...(byName.get(type.name) ?? []), type]);

  const types: MergedType[] = [];
  for (const [name, all] of byName) {
    const [first] = all;
    const otherKind = all.find((d) => d.node.kind !== first!.node.kind);
    if (otherKind) {
      conflicts.push(
        `Unable to resolve conflict on type with name ${name}: Merging is not supported for types of different kinds. ` +
          `${name} is ${KIND_NAMES[first!.node.kind]} in ${sideOf(first!, first!.node)} and ${KIND_NAMES[otherKind.node.kind]} in ${sideOf(otherKind, otherKind.node)}.`,
      );
      continue;
    }
    const canonical = all.filter((d) => d.canonical);
    if (canonical.length > 1) {
      conflicts.push(
        `Unable to resolve conflict on type with name ${name}: @canonical is set on it in more than one source API. ` +
          `${name} is @canonical in ${sideOf(canonical[0]!, canonical[0]!.node)} and in ${sideOf(canonical[1]!, canonical[1]!.node)}.`,
      );
    }
    types.push(mergeType(name, canonical.length ? [canonical[0]!] : all, conflicts));
  }
  return { types, directives: mergeDirectiveDefinitions(sources, conflicts), conflicts };
}

function mergeType(name: string, definitions: SourceType[], conflicts: string[]): MergedType {
  const [first] = definitions as [SourceType, ...SourceType[]];
  const typeAuth = (d: SourceType) => (d.node.directives ?? []).filter(isAuth);
  const sameTypeAuth = definitions.every((d) => printed(typeAuth(d)) === printed(typeAuth(first)));

  const members = new Map<string, MergedMember>();
  const memberNames = [...new Set(definitions.flatMap((d) => d.members.map((m) => m.name)))];
  for (const memberName of memberNames) {
    const contributions = definitions.flatMap((definition) =>
      definition.members
        .filter((m) => m.name === memberName)
        .map((member) => ({ definition, member, effective: effectiveDirectives(member, typeAuth(definition)) })),
    );
    const canonical = contributions.filter((c) => c.member.canonical);
    if (canonical.length > 1) {
      const [a, b] = canonical as [(typeof canonical)[0], (typeof canonical)[0]];
      conflicts.push(
        `Unable to resolve conflict on object with name ${memberName}: @canonical is set on it in more than one source API. ` +
          `${name}.${memberName} is @canonical in ${sideOf(a.definition, a.member.node)} and in ${sideOf(b.definition, b.member.node)}.`,
      );
    }
    const kept = canonical.length ? [canonical[0]!] : contributions;
    const [winner] = kept as [(typeof kept)[0], ...typeof kept];
    for (const other of kept.slice(1)) {
      const difference = memberDifference(winner.member.node, winner.effective, other.member.node, other.effective);
      if (!difference) continue;
      conflicts.push(
        `Unable to resolve conflict on object with name ${memberName}: Merging is not supported for ${difference.what}. ` +
          `${name}.${memberName} is ${difference.a} in ${sideOf(winner.definition, winner.member.node)} and ${difference.b} in ${sideOf(other.definition, other.member.node)}.`,
      );
      break;
    }
    const node = sameTypeAuth
      ? winner.member.node
      : {
          ...winner.member.node,
          directives: [...(winner.member.node.directives ?? []).filter((d) => !isAuth(d)), ...winner.effective.auth],
        };
    members.set(memberName, { name: memberName, node, contributors: kept.map((c) => c.definition.source) });
  }

  const description = definitions.map((d) => d.node.description).find((d): d is StringValueNode => !!d);
  const otherDirectives = uniqueBy(
    definitions.flatMap((d) => (d.node.directives ?? []).filter((x) => !isAuth(x))),
    print,
  );
  const node: Record<string, unknown> = {
    ...first.node,
    description,
    directives: sameTypeAuth ? [...otherDirectives, ...typeAuth(first)] : otherDirectives,
  };
  if ('fields' in first.node) node.fields = [...members.values()].map((m) => m.node);
  if ('values' in first.node) node.values = [...members.values()].map((m) => m.node);
  if ('interfaces' in first.node)
    node.interfaces = uniqueNamed(definitions.flatMap((d) => ('interfaces' in d.node ? (d.node.interfaces ?? []) : [])));
  if ('types' in first.node) node.types = uniqueNamed(definitions.flatMap((d) => ('types' in d.node ? (d.node.types ?? []) : [])));
  return { name, node: node as unknown as TypeDefinitionNode, definitions, members };
}

interface Effective {
  auth: readonly ConstDirectiveNode[];
  other: readonly ConstDirectiveNode[];
}

function effectiveDirectives(member: SourceMember, typeAuth: readonly ConstDirectiveNode[]): Effective {
  const own = member.node.directives ?? [];
  const auth = own.filter(isAuth);
  return { auth: auth.length || member.node.kind !== Kind.FIELD_DEFINITION ? auth : typeAuth, other: own.filter((d) => !isAuth(d)) };
}

/** How two definitions of one member differ, in the terms of AppSync's merge errors; undefined if identical. */
function memberDifference(
  a: SourceMember['node'],
  aDirectives: Effective,
  b: SourceMember['node'],
  bDirectives: Effective,
): { what: string; a: string; b: string } | undefined {
  if ('type' in a && 'type' in b && print(a.type) !== print(b.type)) {
    return { what: 'fields with different types', a: print(a.type), b: print(b.type) };
  }
  if (a.kind === Kind.FIELD_DEFINITION && b.kind === Kind.FIELD_DEFINITION && argumentsOf(a) !== argumentsOf(b)) {
    return { what: 'fields with different arguments', a: argumentsOf(a) || 'no arguments', b: argumentsOf(b) || 'no arguments' };
  }
  const defaultOf = (n: SourceMember['node']) =>
    n.kind === Kind.INPUT_VALUE_DEFINITION && n.defaultValue ? `= ${print(n.defaultValue)}` : '';
  if (defaultOf(a) !== defaultOf(b)) {
    return { what: 'fields with different default values', a: defaultOf(a) || 'no default value', b: defaultOf(b) || 'no default value' };
  }
  if (printed(aDirectives.auth) !== printed(bDirectives.auth)) {
    return {
      what: 'fields with different authorization',
      a: printed(aDirectives.auth) || 'the default mode',
      b: printed(bDirectives.auth) || 'the default mode',
    };
  }
  if (printed(aDirectives.other) !== printed(bDirectives.other)) {
    return {
      what: 'fields with different directives',
      a: printed(aDirectives.other) || 'no directives',
      b: printed(bDirectives.other) || 'no directives',
    };
  }
  return undefined;
}

function argumentsOf(field: FieldDefinitionNode): string {
  const args = (field.arguments ?? []).map((arg: InputValueDefinitionNode) => print({ ...arg, description: undefined }));
  return args.length ? `(${args.join(', ')})` : '';
}

function mergeDirectiveDefinitions(sources: PreparedSource[], conflicts: string[]): DirectiveDefinitionNode[] {
  const byName = new Map<string, { source: string; node: DirectiveDefinitionNode }>();
  for (const source of sources) {
    for (const node of source.directives) {
      const seen = byName.get(node.name.value);
      if (!seen) byName.set(node.name.value, { source: source.name, node });
      else if (print({ ...seen.node, description: undefined }) !== print({ ...node, description: undefined })) {
        conflicts.push(
          `Unable to resolve conflict on directive with name @${node.name.value}: Merging is not supported for directives with different definitions. ` +
            `It is defined in ${at({ source: seen.source, location: locationOf(seen.node) })} and differently in ${at({ source: source.name, location: locationOf(node) })}.`,
        );
      }
    }
  }
  return [...byName.values()].map((d) => d.node);
}

const sideOf = (definition: SourceType, node: Parameters<typeof locationOf>[0]) =>
  at({ source: definition.source, location: locationOf(node) });

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

const uniqueNamed = (nodes: readonly NamedTypeNode[]) => uniqueBy([...nodes], (n) => n.name.value);
