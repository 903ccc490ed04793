import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { describe, expect, it } from 'vitest';
import { MERGED_SDL_FILE } from '../../model/federation/merged-sdl-file.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

/**
 * The SDL with AppSync's scalars and directives, as graphql-inspector compares it. Node loads the
 * inspector itself, with graphql's CommonJS build, so the schemas are built by that same copy:
 * graphql refuses types of another copy.
 */
const contractSchema = (sdl: string) =>
  (createRequire(import.meta.url)('graphql') as typeof import('graphql')).buildSchema(`${read('schema/appsync-builtins.graphql')}\n${sdl}`);

/** The paths in backticks in the changelog's `## Unreleased` section: the breaking changes it acknowledges. */
function acknowledged(changelog: string): Set<string> {
  const unreleased = /^## Unreleased$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  return new Set([...unreleased.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!));
}

/** The breaking changes from the released SDL to the current one that the changelog does not acknowledge. */
async function unacknowledgedBreakingChanges(released: string, current: string, changelog: string) {
  const changes = await diff(contractSchema(released), contractSchema(current));
  const known = acknowledged(changelog);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking && !known.has(change.path ?? ''))
    .map((change) => `${change.path}: ${change.message}`);
}

describe('The public contract (schema/merged.graphql against schema/released.graphql)', () => {
  it('has no breaking change since the release that CHANGELOG.md does not acknowledge', async () => {
    // Act
    const breaking = await unacknowledgedBreakingChanges(read('schema/released.graphql'), read(MERGED_SDL_FILE), read('CHANGELOG.md'));
    // Assess
    expect(breaking, 'acknowledge each in CHANGELOG.md, ## Unreleased (see its header)').toEqual([]);
  });

  it('counts a removed field as breaking until the changelog’s Unreleased section names its path', async () => {
    // Prepare
    const released = read('schema/released.graphql');
    const current = released.replace(/^ *"[^"\n]*"\n *shopBySlug\(slug: String!\): Shop.*$/m, '');
    const silent = '# Changelog\n\n## Unreleased\n\n## 0.1.0\n\n- `Query.shopBySlug` is new.\n';
    const told = '# Changelog\n\n## Unreleased\n\n- `Query.shopBySlug` is gone: use `Query.shop`.\n\n## 0.1.0\n';
    // Act
    const unacknowledged = await unacknowledgedBreakingChanges(released, current, silent);
    const acknowledgedChange = await unacknowledgedBreakingChanges(released, current, told);
    // Assess
    expect(current).not.toBe(released);
    expect(unacknowledged).toEqual(["Query.shopBySlug: Field 'shopBySlug' was removed from object type 'Query'"]);
    expect(acknowledgedChange).toEqual([]);
  });
});
