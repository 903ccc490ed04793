/**
 * `npm run schema`: prints the Merged API's SDL, the public contract clients see.
 *   npm run schema -- --write   updates the checked-in copy (schema/merged.graphql)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { videoshopsApi } from '../videoshops.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { CompositionError } from './composition-error.ts';
import { MERGED_SDL_FILE, mergedSdlFile } from './merged-sdl-file.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
try {
  const sdl = mergedSdlFile(videoshopsApi);
  if (values.write) {
    writeFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), sdl);
    console.error(`Wrote ${MERGED_SDL_FILE}`);
  } else {
    process.stdout.write(sdl);
  }
} catch (e) {
  if (!(e instanceof CompositionError)) throw e;
  console.error(`The source APIs do not merge:\n${e.message}`);
  process.exit(1);
}
