import { existsSync } from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

/** The folders whose code runs in production (or ships with it): none of them may import test/. */
export const PRODUCTION_DIRS = ['model', 'local', 'infra', 'demo', 'sdk', 'resolvers', 'lambdas', 'bench'] as const;

const PRODUCTION = `^(${PRODUCTION_DIRS.join('|')})/`;

/**
 * The layers' import rules, infra → model ← local and nothing depends on tests, and no import
 * cycle between files. Type-only imports count: a type from the other world is a dependency too.
 */
const RULES: IForbiddenRuleType[] = [
  { name: 'model-imports-neither-world', severity: 'error', from: { path: '^model/' }, to: { path: '^(local|infra)/' } },
  { name: 'infra-does-not-import-local', severity: 'error', from: { path: '^infra/' }, to: { path: '^local/' } },
  { name: 'local-does-not-import-infra', severity: 'error', from: { path: '^local/' }, to: { path: '^infra/' } },
  // Deployed code: a Lambda bundle or resolver bundle carries nothing of either world.
  {
    name: 'deployed-code-imports-neither-world',
    severity: 'error',
    from: { path: '^(lambdas|resolvers)/' },
    to: { path: '^(local|infra)/' },
  },
  { name: 'production-does-not-import-test', severity: 'error', from: { path: PRODUCTION }, to: { path: '^test/' } },
  { name: 'no-cycle-between-files', severity: 'error', from: { path: PRODUCTION }, to: { circular: true } },
];

/** One import: the file that imports and the file it resolves to, relative to the root. */
export interface Import {
  from: string;
  to: string;
}

export interface Violation {
  rule: string;
  /** What to fix: the offending import, or the imports that close a cycle. */
  imports: Import[];
}

export const describeViolation = (v: Violation) => `${v.rule}: ${v.imports.map((i) => `${i.from} → ${i.to}`).join(', ')}`;

/**
 * A module of a production folder: its top-level file or folder (`local/auth`, `model/federation`,
 * `local/runtime.ts`). Modules importing each other cannot be read, tested or moved one without
 * the other, even when no two of their files import each other.
 */
export const moduleOf = (file: string) => file.split('/').slice(0, 2).join('/');

/**
 * Every import that breaks a rule in the production folders under `root` (the repository, or a
 * fixture tree), and every cycle through modules of local/ and model/.
 */
export async function importViolations(root: string): Promise<Violation[]> {
  const result = (
    await cruise(
      PRODUCTION_DIRS.filter((dir) => existsSync(path.join(root, dir))),
      {
        baseDir: root,
        tsPreCompilationDeps: true,
        doNotFollow: { path: ['node_modules', '^test/'] },
        exclude: { path: ['node_modules'] },
        validate: true,
        ruleSet: { forbidden: RULES },
      },
    )
  ).output as ICruiseResult;
  const ruleViolations = result.summary.violations.map((v) => ({
    rule: v.rule.name,
    imports: v.cycle
      ? v.cycle.map((step, i, cycle) => ({ from: (cycle[i - 1] ?? { name: v.from }).name, to: step.name }))
      : [{ from: v.from, to: v.to }],
  }));
  const imports = result.modules.flatMap((m) => [...new Set(m.dependencies.map((d) => d.resolved))].map((to) => ({ from: m.source, to })));
  const moduleCycles = cyclesBetweenModules(imports).map((cycle) => ({ rule: 'no-cycle-between-modules', imports: cycle }));
  return [...ruleViolations, ...moduleCycles];
}

/**
 * The cycles through modules (moduleOf) of local/ and model/: one per strongly connected
 * component of the production modules' graph (Tarjan's algorithm), as the imports between its modules.
 */
function cyclesBetweenModules(imports: Import[]): Import[][] {
  const production = new RegExp(PRODUCTION);
  const between = imports.filter((i) => production.test(i.from) && production.test(i.to) && moduleOf(i.from) !== moduleOf(i.to));
  const edges = new Map<string, Set<string>>();
  for (const i of between) edges.set(moduleOf(i.from), (edges.get(moduleOf(i.from)) ?? new Set()).add(moduleOf(i.to)));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: Set<string>[] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = new Set(stack.splice(stack.indexOf(v)));
    if (component.size > 1 && [...component].some((m) => /^(local|model)\//.test(m))) components.push(component);
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  const byPath = (a: Import, b: Import) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to);
  return components.map((c) => between.filter((i) => c.has(moduleOf(i.from)) && c.has(moduleOf(i.to))).sort(byPath));
}
