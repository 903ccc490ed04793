import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isTypeSystemDefinitionNode, isTypeSystemExtensionNode, parse, type DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../project-root.ts';
import { buildAppSyncSchema, readSchemaSdl } from './appsync-schema.ts';
import type { SourceApiDeclaration } from '../declaration.ts';
import { checkSourceApi } from '../declaration-checks.ts';

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
 * a redeclared built-in scalar or directive, or a declaration checkSourceApi refuses (a resolver
 * on a field the schema lacks, a data source or function that is not declared, …).
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
  checkSourceApi(source, buildAppSyncSchema(sdl));
  return sdl;
}
