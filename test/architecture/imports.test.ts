import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { describeViolation, importViolations, type Violation } from './import-rules.ts';

describe('The imports of production code', () => {
  let violations: Violation[];
  beforeAll(async () => {
    violations = await importViolations(PROJECT_ROOT);
  });

  it('follow the layers (infra → model ← local, nothing imports test/) and form no cycle', () => {
    expect(violations.map(describeViolation)).toEqual([]);
  });
});

describe('The import check, on a tree that breaks every rule', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'videoshops-imports-'));
    const files: Record<string, string> = {
      'model/declaration.ts':
        "import { served } from '../local/runtime.ts';\nimport type { Stack } from '../infra/stack.ts';\nexport const declared = served;\nexport type Declared = Stack;\n",
      'infra/stack.ts': "import { served } from '../local/runtime.ts';\nexport type Stack = typeof served;\n",
      'infra/bucket.ts': 'export const bucket = 1;\n',
      'local/runtime.ts':
        "import { bucket } from '../infra/bucket.ts';\nimport { fixture } from '../test/fixture.ts';\nexport const served = bucket + fixture;\n",
      'test/fixture.ts': 'export const fixture = 1;\n',
      'lambdas/checkout.ts': "import { bucket } from '../infra/bucket.ts';\nexport const handler = () => bucket;\n",
      'local/logging/request-log.ts': "import { sink } from './sinks.ts';\nexport const log = () => sink;\n",
      'local/logging/sinks.ts': "import type { log } from './request-log.ts';\nexport const sink: typeof log | undefined = undefined;\n",
      'local/graphql/executor.ts': "import { invoke } from '../datasources/lambda.ts';\nexport const execute = invoke;\n",
      'local/graphql/context.ts': 'export type Context = object;\n',
      'local/datasources/lambda.ts': 'export const invoke = () => 1;\n',
      'local/datasources/direct.ts':
        "import type { Context } from '../graphql/context.ts';\nexport const direct = (ctx: Context) => ctx;\n",
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('names each offending import, type-only ones included', async () => {
    // Act
    const violations = await importViolations(root);
    // Assess
    expect(violations.map(describeViolation).sort()).toEqual([
      'deployed-code-imports-neither-world: lambdas/checkout.ts → infra/bucket.ts',
      'infra-does-not-import-local: infra/stack.ts → local/runtime.ts',
      'local-does-not-import-infra: local/runtime.ts → infra/bucket.ts',
      'model-imports-neither-world: model/declaration.ts → infra/stack.ts',
      'model-imports-neither-world: model/declaration.ts → local/runtime.ts',
      'no-cycle-between-files: local/logging/request-log.ts → local/logging/sinks.ts, local/logging/sinks.ts → local/logging/request-log.ts',
      'no-cycle-between-modules: local/datasources/direct.ts → local/graphql/context.ts, local/graphql/executor.ts → local/datasources/lambda.ts',
      'production-does-not-import-test: local/runtime.ts → test/fixture.ts',
    ]);
  });
});
