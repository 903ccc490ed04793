import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { videoshopsApi } from '../../model/videoshops.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { buildAppSyncSchema } from '../../model/schema/appsync-schema.ts';
import { MERGED_SDL_FILE, mergedSdlFile } from '../../model/federation/merged-sdl-file.ts';

describe('The checked-in Merged API SDL', () => {
  it('is what the source APIs merge into today (else run `npm run schema -- --write` and review the diff)', () => {
    // Act
    const checkedIn = readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8');
    // Assess
    expect(checkedIn).toBe(mergedSdlFile(videoshopsApi));
  });

  it('is a schema tooling can build beside AppSync’s own definitions, without declaring any of them', () => {
    // Act
    const schema = buildAppSyncSchema(readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8'));
    // Assess
    expect(schema.getQueryType()?.getFields()).toHaveProperty('shop');
    expect(readFileSync(path.join(PROJECT_ROOT, MERGED_SDL_FILE), 'utf8')).not.toMatch(
      /^(scalar AWS|directive @aws_|directive @canonical)/m,
    );
  });
});
