import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../model/project-root.ts';
import type { ApiDeclaration } from '../model/declaration.ts';

/** Folders whose changes require reloading the API: schemas, resolver and Lambda handler sources. */
export function watchedPaths(api: ApiDeclaration): string[] {
  const paths = [
    ...api.sourceApis.flatMap((s) => [s.resolverDir, ...s.schemaFiles.map((f) => path.dirname(f))]),
    ...(api.lambdaFunctions ?? []).map((f) => path.dirname(f.entry)),
  ];
  return [...new Set(paths.map((p) => path.resolve(PROJECT_ROOT, p)))];
}

/**
 * Calls `onChange` once a burst of file events has settled (editors write files in several
 * steps), and never while a previous call is still running.
 */
export function watchForChanges(paths: string[], onChange: () => Promise<void>, settleMs = 150): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  const fire = () => {
    if (running) {
      pending = true;
      return;
    }
    running = onChange().finally(() => {
      running = undefined;
      if (pending) {
        pending = false;
        fire();
      }
    });
  };
  const watchers: FSWatcher[] = paths.map((p) =>
    watch(p, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(fire, settleMs);
    }),
  );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
