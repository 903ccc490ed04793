/** Shared by every stage, deployed (infra/stages.ts) and local: see StageConfig for why they do not vary. */
export const QUERY_LIMITS = { queryDepthLimit: 10, resolverCountLimit: 1000 } as const;
