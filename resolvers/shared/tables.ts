/** Written by model/bundle/resolvers.ts at bundle time: each declared table's physical name in the bundle's stage. */
declare const TABLE_NAMES: { readonly Shops: string; readonly Recommendations: string; readonly Commerce: string; readonly Live: string };

/**
 * The physical name of each table (model/videoshops.ts), for batch and transaction requests, which
 * name their tables. Fixed per stage (`videoshops-prod-Shops`) and written into the code when it is
 * bundled, rather than read from `ctx.env`: AWS does not document whose environment variables a
 * resolver merged into a Merged API sees (README, "Table names").
 */
export const tables = TABLE_NAMES;
