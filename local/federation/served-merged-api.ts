import { isPipeline, type ApiDeclaration } from '../../model/declaration.ts';
import type { MergedSchema } from '../../model/federation/compose.ts';

/** What the runtime serves as the Merged API, in terms the synthesized template can be compared in. */
export interface ServedMergedApi {
  name: string;
  /** The source APIs merged, each merged automatically whenever it changes (AUTO_MERGE). */
  sourceApis: { name: string; mergeType: 'AUTO_MERGE' }[];
  /** The merged SDL, without AppSync's own definitions. */
  sdl: string;
  /** Merged `Type.field` → the source API whose resolver runs it, and the field's `Type.field` there. */
  resolvers: { field: string; sourceApi: string; sourceField: string }[];
}

export function describeMergedApi(api: ApiDeclaration, merged: MergedSchema): ServedMergedApi {
  return {
    name: api.name,
    sourceApis: api.sourceApis.map((source) => ({ name: source.name, mergeType: 'AUTO_MERGE' as const })),
    sdl: merged.sdl,
    resolvers: [...merged.resolvers].map(([field, r]) => ({ field, sourceApi: r.source, sourceField: `${r.typeName}.${r.fieldName}` })),
  };
}

/** The merged fields whose imported resolver is a pipeline (request logs name their steps differently). */
export function mergedPipelineResolvers(api: ApiDeclaration, served: ServedMergedApi): Set<string> {
  const pipelines = new Set(
    api.sourceApis.flatMap((source) => source.resolvers.filter(isPipeline).map((r) => `${source.name}/${r.typeName}.${r.fieldName}`)),
  );
  return new Set(served.resolvers.filter((r) => pipelines.has(`${r.sourceApi}/${r.sourceField}`)).map((r) => r.field));
}
