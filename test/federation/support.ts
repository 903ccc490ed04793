import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { composeMergedSchema, type ComposeInput, type MergedSchema } from '../../model/federation/compose.ts';
import { CompositionError } from '../../model/federation/composition-error.ts';

/** A source API from inline SDL: its one schema file is `<name>.graphql`; resolvers are `Type.field`. */
export function source(name: string, sdl: string, resolvers: string[] = []): ComposeInput {
  return {
    name,
    files: [{ path: `${name}.graphql`, sdl }],
    resolvers: resolvers.map((key) => {
      const [typeName, fieldName] = key.split('.') as [string, string];
      return { typeName, fieldName, file: `resolvers/${name}/${key}.ts` };
    }),
  };
}

/** A source API from fixture schema files under test/federation/fixtures/. */
export function fixtureSource(name: string, files: string[], resolvers: string[] = []): ComposeInput {
  const paths = files.map((f) => `test/federation/fixtures/${f}`);
  return {
    ...source(name, '', resolvers),
    files: paths.map((p) => ({ path: p, sdl: readFileSync(path.join(PROJECT_ROOT, p), 'utf8') })),
  };
}

export const compose = (...sources: ComposeInput[]): MergedSchema => composeMergedSchema(sources);

/** The composition's error message; fails the test if the sources compose. */
export function compositionErrorOf(...sources: ComposeInput[]): string {
  try {
    composeMergedSchema(sources);
  } catch (e) {
    if (e instanceof CompositionError) return e.message;
    throw e;
  }
  throw new Error('The source APIs composed without a conflict');
}

const BUILTINS = readFileSync(path.join(PROJECT_ROOT, 'schema/appsync-builtins.graphql'), 'utf8');

/** A schema's SDL in a canonical order, to compare schemas whatever the order of their definitions. */
export const canonicalSdl = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(`${BUILTINS}\n${sdl}`)));
