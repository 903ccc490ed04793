import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isTypeSystemDefinitionNode, isTypeSystemExtensionNode, parse, type DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../local/bundle.ts';
import type { SourceApiDeclaration } from './declaration.ts';

/** Scalars and directives AppSync defines itself: tooling reads this file, deploys never do. */
export const APPSYNC_BUILTINS_FILE = 'schema/appsync-builtins.graphql';

/** Names of everything the SDL document declares (types, scalars, directives). */
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
 * The schema a source API deploys: its SDL files, concatenated. AppSync rejects a schema that
 * redeclares its own scalars or directives, so that is refused here, at synth, with the file to fix.
 */
export function sourceApiSchema(source: SourceApiDeclaration): string {
  const builtins = appsyncBuiltinNames();
  return source.schemaFiles
    .map((file) => {
      const sdl = readFileSync(path.resolve(PROJECT_ROOT, file), 'utf8');
      const redeclared = declaredNames(parse(sdl)).filter((name) => builtins.has(name));
      if (redeclared.length > 0) {
        throw new Error(
          `${file} declares ${redeclared.join(', ')}, which AppSync provides itself; ` +
            `remove it from source API "${source.name}" (tooling reads ${APPSYNC_BUILTINS_FILE} instead)`,
        );
      }
      return sdl.endsWith('\n') ? sdl : `${sdl}\n`;
    })
    .join('\n');
}
