import type { ApiDeclaration } from '../../infra/declaration.ts';
import type { MergedSchema } from './compose.ts';

/** What the runtime serves as the Merged API, in terms the synthesized template can be compared in. */
export interface ServedMergedApi {
  name: string;
  /** The source APIs merged, each merged automatically whenever it changes (AUTO_MERGE). */
  sourceApis: { name: string; mergeType: 'AUTO_MERGE' }[];
  /** The merged SDL, without AppSync's own definitions. */
  sdl: string;
  /** Merged `Type.field` → the source API whose resolver runs it. */
  resolvers: { field: string; sourceApi: string }[];
}

export function describeMergedApi(api: ApiDeclaration, merged: MergedSchema): ServedMergedApi {
  return {
    name: api.name,
    sourceApis: api.sourceApis.map((source) => ({ name: source.name, mergeType: 'AUTO_MERGE' as const })),
    sdl: merged.sdl,
    resolvers: [...merged.resolvers].map(([field, { source }]) => ({ field, sourceApi: source })),
  };
}
