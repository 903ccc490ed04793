import { getLocation, type ASTNode } from 'graphql';

/** `file:line:column` of a node parsed from a named Source (the schema file's path). */
export function locationOf(node: ASTNode | undefined): string {
  const loc = node?.loc;
  if (!loc) return 'unknown location';
  const { line, column } = getLocation(loc.source, loc.start);
  return `${loc.source.name}:${line}:${column}`;
}

/** The schema file a node was parsed from. */
export const fileOf = (node: ASTNode | undefined): string | undefined => node?.loc?.source.name;
