import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isObjectType, isTypeSystemDefinitionNode, isTypeSystemExtensionNode, parse, type DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../project-root.ts';
import { buildAppSyncSchema, readSchemaSdl } from './appsync-schema.ts';
import type { SourceApiDeclaration } from '../declaration.ts';

/** Scalars and directives AppSync defines itself: tooling reads this file, deploys never do. */
export const APPSYNC_BUILTINS_FILE = 'schema/appsync-builtins.graphql';

/** Names of everything the SDL document declares or extends (types, scalars, directives). */
export function declaredNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    (isTypeSystemDefinitionNode(definition) || isTypeSystemExtensionNode(definition)) && 'name' in definition
      ? [definition.name.value]
      : [],
  );
}

export function appsyncBuiltinNames(): Set<string> {
  return new Set(declaredNames(parse(readFileSync(path.resolve(PROJECT_ROOT, APPSYNC_BUILTINS_FILE), 'utf8'))));
}

/**
 * The schema a source API deploys: exactly the SDL the local runtime builds its schema from.
 * Refused at synth, with the file or field to fix, where AppSync would refuse it at deploy:
 * a redeclared built-in scalar or directive, or a resolver on a field the schema lacks.
 */
export function sourceApiSchema(source: SourceApiDeclaration): string {
  const builtins = appsyncBuiltinNames();
  for (const file of source.schemaFiles) {
    const redeclared = declaredNames(parse(readFileSync(path.resolve(PROJECT_ROOT, file), 'utf8'))).filter((name) => builtins.has(name));
    if (redeclared.length > 0) {
      throw new Error(
        `${file} declares ${redeclared.join(', ')}, which AppSync provides itself; ` +
          `remove it from source API "${source.name}" (tooling reads ${APPSYNC_BUILTINS_FILE} instead)`,
      );
    }
  }
  const sdl = readSchemaSdl(source.schemaFiles);
  const schema = buildAppSyncSchema(sdl);
  for (const { typeName, fieldName } of source.resolvers) {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || !type.getFields()[fieldName]) {
      throw new Error(`Resolver ${typeName}.${fieldName} of source API "${source.name}": the schema has no field ${fieldName} on type ${typeName}`);
    }
  }
  return sdl;
}
