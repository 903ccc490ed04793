import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolverSourceFile, type ApiDeclaration } from '../declaration.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { composeMergedSchema, type ComposeInput, type MergedSchema } from './compose.ts';

/** The composition input of each declared source API: its schema files and resolvers, as deployed. */
export function composeInputs(api: ApiDeclaration): ComposeInput[] {
  return api.sourceApis.map((source) => ({
    name: source.name,
    files: source.schemaFiles.map((file) => ({ path: file, sdl: readFileSync(path.resolve(PROJECT_ROOT, file), 'utf8') })),
    resolvers: source.resolvers.map((r) => ({ typeName: r.typeName, fieldName: r.fieldName, file: resolverSourceFile(source, r) })),
  }));
}

/** The Merged API schema of a declaration: what AppSync merges from its source APIs. */
export const composeDeclaredApi = (api: ApiDeclaration): MergedSchema => composeMergedSchema(composeInputs(api));
