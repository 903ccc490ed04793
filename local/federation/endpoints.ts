/**
 * Where the local runtime serves each API, as in AWS where the Merged API and every source API
 * keep endpoints of their own: the Merged API is the public endpoint, a source API's endpoint
 * serves its own schema only (for its team's tests and tools).
 */
export const MERGED_API_PATH = '/graphql';

export const sourceApiPath = (sourceApi: string) => `/source/${sourceApi}/graphql`;

/**
 * The key the Merged API's IAM resources are derived from locally (its ARN, against which IAM
 * grants are checked). No source API can have it: source API names never contain '*'.
 */
export const MERGED_API_KEY = '*merged*';
