import path from 'node:path';

/** The repository's root: declarations name files relative to it. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
