import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { installAppSyncScalars } from './scalars.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const BUILTINS = path.join(PROJECT_ROOT, 'schema/appsync-builtins.graphql');

/** The SDL as deployed: the source API's schema files, without AppSync's built-in definitions. */
export const readSchemaSdl = (files: string[]) => files.map((f) => readFileSync(path.resolve(PROJECT_ROOT, f), 'utf8')).join('\n');

/** Builds an executable schema from deployable SDL plus AppSync's built-in scalars and directives. */
export function buildAppSyncSchema(sdl: string): GraphQLSchema {
  const schema = buildSchema(`${readFileSync(BUILTINS, 'utf8')}\n${sdl}`);
  installAppSyncScalars(schema);
  return schema;
}
