import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { checkResolverCode, MAX_CODE_LENGTH, type CodeDiagnostic } from '../../local/appsync-js/static-check/check.ts';
import { bundleApi } from '../../model/bundle/resolvers.ts';
import { localTableNames } from '../../model/table-names.ts';
import { fixtureApi } from '../../model/fixture/api.ts';

const run = promisify(execFile);
const STATIC_CHECK_MODULE = path.resolve(import.meta.dirname, '../../local/appsync-js/static-check/check.ts');

/** Checks one piece of code without the disk cache, so every call really runs the checks. */
async function textsOf(code: string): Promise<string[]> {
  const results = await checkResolverCode([{ name: 'code', code }], { cacheDir: false });
  return results.get('code')!.map((d) => d.text);
}

/** A request handler whose body starts on line 2, column 3. */
const handler = (body: string) => `export function request(ctx) {\n${body}\n}\n`;

describe('the APPSYNC_JS lint rules of @aws-appsync/eslint-plugin', () => {
  it.each([
    [
      'try/catch',
      handler('  try { return 1; } catch (e) { return 2; }'),
      ['code.js(2,3): error @aws-appsync/no-try: Try statements are not supported.'],
    ],
    [
      'while',
      handler('  while (ctx.args.a) { return 1; }'),
      ['code.js(2,3): error @aws-appsync/no-while: While statements are not supported.'],
    ],
    [
      'do-while',
      handler('  do { return 1; } while (ctx.args.a);'),
      ['code.js(2,3): error @aws-appsync/no-while: do...while statements are not supported.'],
    ],
    [
      'a C-style for',
      handler('  let n = 0;\n  for (let i = 0; i < 3; i += 1) { n += i; }\n  return n;'),
      ['code.js(3,3): error @aws-appsync/no-for: For statements are not supported.'],
    ],
    [
      'continue',
      handler('  for (const x of ctx.args.xs) { if (x) continue; }'),
      ['code.js(2,41): error @aws-appsync/no-continue: Continue statements are not supported'],
    ],
    [
      'a label',
      handler('  outer: for (const x of ctx.args.xs) { break outer; }'),
      ['code.js(2,3): error @aws-appsync/no-labels: Labeled statements are not supported.'],
    ],
    [
      '++',
      handler('  let i = 0;\n  i++;\n  return i;'),
      ['code.js(3,3): error @aws-appsync/no-disallowed-unary-operators: The operator ++ is not supported'],
    ],
    [
      '--',
      handler('  let i = 0;\n  --i;\n  return i;'),
      ['code.js(3,3): error @aws-appsync/no-disallowed-unary-operators: The operator -- is not supported'],
    ],
    [
      '~',
      handler('  return ~ctx.args.n;'),
      ['code.js(2,10): error @aws-appsync/no-disallowed-unary-operators: The operator ~ is not supported'],
    ],
    [
      'the in operator',
      handler("  return 'a' in ctx.args;"),
      ['code.js(2,10): error @aws-appsync/no-in-operator: in operator is not supported. Use Object.hasOwn().'],
    ],
    [
      'instanceof',
      handler('  return ctx.args instanceof Object;'),
      ['code.js(2,10): error @aws-appsync/no-disallowed-binary-operators: The operator instanceof is not supported'],
    ],
    [
      'a regex literal',
      handler('  return /a+/.test(ctx.args.s);'),
      ['code.js(2,10): error @aws-appsync/no-regex: Regex literals are not supported.'],
    ],
    [
      'a class declaration',
      `class A {}\n${handler('  return 1;')}`,
      ['code.js(1,1): error @aws-appsync/no-classes: Class declarations are not supported.'],
    ],
    [
      'an async function',
      'export async function request(ctx) {\n  return 1;\n}\n',
      ['code.js(1,8): error @aws-appsync/no-async: Async functions are not supported.'],
    ],
    [
      'await',
      'export async function request(ctx) {\n  return await ctx.args.x;\n}\n',
      [
        'code.js(1,8): error @aws-appsync/no-async: Async functions are not supported.',
        'code.js(2,10): error @aws-appsync/no-await: The `await` keyword is not supported',
      ],
    ],
    [
      'a generator and yield',
      `function* g() { yield 1; }\n${handler('  return 1;')}`,
      [
        'code.js(1,1): error @aws-appsync/no-generators: Generator functions are not supported.',
        'code.js(1,17): error @aws-appsync/no-yield: Yield statements are not supported',
      ],
    ],
    ['this', handler('  return this.x;'), ['code.js(2,10): error @aws-appsync/no-this: This expressions are not supported.']],
    [
      'recursion',
      `function f(n) { return f(n); }\n${handler('  return f(1);')}`,
      [
        'code.js(1,24): error @aws-appsync/no-recursion: Recursive function calls not supported. Detected cycle in f <-f',
        'code.js(3,10): error @aws-appsync/no-recursion: Recursive function calls not supported. Detected cycle in f <-f',
      ],
    ],
    [
      'passing a function to a function',
      `function apply(fn) { return 1; }\n${handler('  return apply(() => 1);')}`,
      ['code.js(3,10): error @aws-appsync/no-function-passing: Functions can not be passed as an argument'],
    ],
    [
      'passing a comparator to sort (not on the allow list)',
      handler('  return [3, 1].sort((a, b) => a - b);'),
      ['code.js(2,10): error @aws-appsync/no-function-passing: Functions can not be passed as an argument'],
    ],
    [
      'returning a function',
      handler('  return () => 1;'),
      ['code.js(2,3): error @aws-appsync/no-function-return: returning a function is not allowed'],
    ],
    [
      'a promise',
      handler('  return new Promise((resolve) => resolve(1));'),
      ['code.js(2,10): error @aws-appsync/no-promise: Promise is not supported'],
    ],
    [
      'disallowed methods',
      handler("  return [Object.freeze({}), 'a'.padStart(3)];"),
      [
        'code.js(2,11): error @aws-appsync/no-disallowed-methods: Method ObjectConstructor.freeze is not implemented',
        'code.js(2,30): error @aws-appsync/no-disallowed-methods: Method String.padStart is not implemented',
      ],
    ],
    [
      're-assigning a function',
      `function f() { return 1; }\n${handler('  const g = f;\n  return g();')}`,
      ['code.js(3,9): error @aws-appsync/no-function-reassign: re-assigning function is not allowed'],
    ],
    [
      'writing to ctx or its own properties',
      handler('  ctx = {};\n  ctx.stash = {};\n  return 1;'),
      [
        'code.js(2,3): error @aws-appsync/no-disallowed-re-assignment: ctx is readonly and re-assignment is not supported.',
        'code.js(3,3): error @aws-appsync/no-disallowed-re-assignment: ctx is readonly. Adding/Updating stash is not supported.',
      ],
    ],
  ])('reject %s with the plugin rule text and position', async (_, code, expected) => {
    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual(expected);
  });

  it('accept callbacks passed to the array methods AppSync allows', async () => {
    // Prepare
    const code = handler(
      '  const xs = ctx.args.xs;\n' +
        '  xs.forEach((x) => console.log(x));\n' +
        '  return [xs.map((x) => x * 2), xs.flatMap((x) => [x]), xs.filter((x) => x > 1), xs.reduce((s, x) => s + x, 0),\n' +
        '    xs.reduceRight((s, x) => s + x, 0), xs.find((x) => x), xs.some((x) => x), xs.every((x) => x),\n' +
        '    xs.findIndex((x) => x), xs.findLast((x) => x), xs.findLastIndex((x) => x)];',
    );

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual([]);
  });

  it('ignore inline eslint-disable comments, which cannot switch the service checks off', async () => {
    // Prepare
    const code = handler('  // eslint-disable-next-line @aws-appsync/no-this\n  return this.x;');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual(['code.js(3,10): error @aws-appsync/no-this: This expressions are not supported.']);
  });
});

describe('the rules added for what AppSync refuses and the plugin misses', () => {
  it.each([
    ['throw', handler("  throw new Error('no');"), ['code.js(2,3): error @aws-appsync/no-throw: Throw statements are not supported.']],
    [
      'a class expression',
      handler('  const C = class {};\n  return C;'),
      ['code.js(2,13): error @aws-appsync/no-class-expressions: Class expressions are not supported.'],
    ],
    [
      'a generator function expression',
      handler('  const g = function* () {};\n  return 1;'),
      ['code.js(2,13): error @aws-appsync/no-generator-expressions: Generator functions are not supported.'],
    ],
    [
      'Promise.resolve',
      handler('  return Promise.resolve(1);'),
      ['code.js(2,10): error @aws-appsync/no-promise-statics: Promise is not supported'],
    ],
  ])('reject %s', async (_, code, expected) => {
    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual(expected);
  });

  it('leave a local binding named Promise alone', async () => {
    // Prepare
    const code = handler('  const Promise = { resolve: (x) => x };\n  return Promise.resolve(1);');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual([]);
  });
});

describe('the type-check against the @aws-appsync/utils declarations', () => {
  it('reports misspelled util members with TypeScript’s own text', async () => {
    // Prepare
    const code =
      "import { util } from '@aws-appsync/utils';\n" +
      handler('  return { at: util.tim.nowISO8601(), key: util.dynamodb.toMapValue({ id: 1 }), id: util.newId() };');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual([
      "code.js(3,21): error TS2551: Property 'tim' does not exist on type 'Util'. Did you mean 'time'?",
      "code.js(3,58): error TS2551: Property 'toMapValue' does not exist on type 'DynamodbUtil'. Did you mean 'toMapValues'?",
      "code.js(3,90): error TS2339: Property 'newId' does not exist on type 'Util'.",
    ]);
  });

  it('knows util, runtime and extensions as globals, as AppSync declares them', async () => {
    // Prepare
    const code = handler('  runtime.earlyReturn(extensions.nope);\n  return util.autoId();');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual(["code.js(2,34): error TS2339: Property 'nope' does not exist on type 'Extensions'."]);
  });

  it('refuses modules other than the ones AppSync provides', async () => {
    // Prepare
    const code = "import { parse } from 'graphql';\n" + handler('  return parse(ctx.args.q);');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual(["code.js(1,23): error TS2307: Cannot find module 'graphql' or its corresponding type declarations."]);
  });

  it('does not offer Node globals that APPSYNC_JS lacks', async () => {
    // Prepare
    const code = handler('  return process.env.HOME;');

    // Act
    const results = await checkResolverCode([{ name: 'code', code }], { cacheDir: false });

    // Assess
    expect(results.get('code')!.map((d) => [d.rule, d.line, d.column])).toEqual([['TS2591', 2, 10]]);
  });

  it('reports code that does not parse by its syntax errors alone', async () => {
    // Prepare
    const code = handler('  return (;\n  while (true) {}');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual(['code.js(2,11): error TS1109: Expression expected.']);
  });

  it('judges code in strict mode, as APPSYNC_JS runs it', async () => {
    // Prepare
    const code = handler('  return 010;');

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual(["code.js(2,10): error TS1121: Octal literals are not allowed. Use the syntax '0o10'."]);
  });
});

describe('clean code', () => {
  it('passes every check when it is ordinary resolver JS', async () => {
    // Prepare
    const code = `import { util, runtime } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

function ownerOf(ctx) {
  return ctx.identity?.sub ?? 'anonymous';
}

export function request(ctx) {
  const { input = {}, limit = 20 } = ctx.args;
  if (!input.id) util.error('id is required', 'BadRequest');
  if (ctx.stash.skip) runtime.earlyReturn(null);
  const tags = [];
  for (const tag of input.tags ?? []) {
    if (tag.length > 0) tags.push(tag.toLowerCase());
  }
  const draft = {};
  draft.keys = Object.keys(input).filter((k) => k !== 'id');
  let kind = null;
  switch (input.kind) {
    case 'a':
      kind = 'A';
      break;
    default:
      kind = 'other';
  }
  ctx.stash.draft = draft;
  console.log(\`\${ownerOf(ctx)} creates \${input.id}\`, Math.min(100, limit));
  return ddb.put({
    key: { id: input.id },
    item: { ...input, tags, kind, owner: ownerOf(ctx), createdAt: util.time.nowISO8601(), token: util.autoId() },
    condition: { id: { attributeExists: false } },
  });
}

export function response(ctx) {
  const { error, result } = ctx;
  if (error) util.error(error.message, error.type, result);
  const total = (result.items ?? []).map((i) => i.price).reduce((sum, p) => sum + p, 0);
  return { ...result, total, seen: Object.hasOwn(result, 'seen'), body: util.base64Encode(JSON.stringify(result)) };
}
`;

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(texts).toEqual([]);
  });

  it('includes every bundle of the fixture API', async () => {
    // Prepare
    const bundles = [...bundleApi(fixtureApi, localTableNames(fixtureApi)).values()];

    // Act
    const results = await checkResolverCode(
      bundles.map((b) => ({ name: b.key, code: b.code })),
      { cacheDir: false },
    );

    // Assess
    expect(bundles.length).toBeGreaterThan(0);
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries(bundles.map((b) => [b.key, []])));
  });
});

describe('the code size limit', () => {
  const padded = (length: number) => {
    const code = handler('  return 1;');
    return code + '/'.repeat(2) + 'x'.repeat(length - code.length - 2);
  };

  it('accepts code of exactly 32,768 characters', async () => {
    // Prepare
    const code = padded(MAX_CODE_LENGTH);

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(code).toHaveLength(32_768);
    expect(texts).toEqual([]);
  });

  it('rejects one character more, alongside the other findings', async () => {
    // Prepare
    const code = 'const n = this;\n' + padded(MAX_CODE_LENGTH + 1 - 16);

    // Act
    const texts = await textsOf(code);

    // Assess
    expect(code).toHaveLength(32_769);
    expect(texts).toEqual([
      'code.js(1,1): error code-size: Member must have length less than or equal to 32768',
      'code.js(1,11): error @aws-appsync/no-this: This expressions are not supported.',
    ]);
  });

  it('rejects empty code', async () => {
    // Act
    const texts = await textsOf('');

    // Assess
    expect(texts).toEqual(['code.js(1,1): error code-size: Member must have length greater than or equal to 1']);
  });
});

describe('checking many files at once', () => {
  it('reports each file by its own name and positions', async () => {
    // Prepare
    const files = [
      { name: 'a', code: handler('  return this;') },
      { name: 'b', code: handler('  return 1;') },
      { name: 'c', code: handler('  return this;') },
      { name: 'd', code: `\n\n${handler("  throw new Error('x');")}` },
    ];

    // Act
    const results = await checkResolverCode(files, { cacheDir: false });

    // Assess
    const texts = (name: string) => results.get(name)!.map((d: CodeDiagnostic) => d.text);
    expect([...results.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(texts('a')).toEqual(['code.js(2,10): error @aws-appsync/no-this: This expressions are not supported.']);
    expect(texts('b')).toEqual([]);
    expect(texts('c')).toEqual(texts('a'));
    expect(texts('d')).toEqual(['code.js(4,3): error @aws-appsync/no-throw: Throw statements are not supported.']);
  });

  it('checks a hundred bundles in one pass', async () => {
    // Prepare
    const bundles = [...bundleApi(fixtureApi, localTableNames(fixtureApi)).values()];
    const files = Array.from({ length: 100 }, (_, i) => ({ name: `b${i}`, code: `// variant ${i}\n${bundles[i % bundles.length]!.code}` }));
    const passes: string[][] = [];

    // Act
    const results = await checkResolverCode(files, { cacheDir: false, onCheck: (names) => passes.push(names) });

    // Assess
    expect(passes).toEqual([files.map((f) => f.name)]);
    expect([...results.values()].flat()).toEqual([]);
  });

  it('judges new code in a later call, not what an earlier call saw', async () => {
    // Prepare
    await checkResolverCode([{ name: 'x', code: handler('  return 1;') }], { cacheDir: false });

    // Act
    const later = await checkResolverCode([{ name: 'x', code: handler('  return this;') }], { cacheDir: false });

    // Assess
    expect(later.get('x')!.map((d) => d.rule)).toEqual(['@aws-appsync/no-this']);
  });

  it('gives each finding its span for EvaluateCode locations', async () => {
    // Prepare
    const code = "import { util } from '@aws-appsync/utils';\n" + handler('  throw util.tim;');

    // Act
    const results = await checkResolverCode([{ name: 'code', code }], { cacheDir: false });

    // Assess
    expect(results.get('code')!.map((d) => [d.rule, d.span])).toEqual([
      ['@aws-appsync/no-throw', 'throw util.tim;'.length],
      ['TS2551', 'tim'.length],
    ]);
  });
});

describe('the result cache', () => {
  let cacheDir: string;
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));
  const withCache = () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'static-check-cache-'));
    const checked: string[][] = [];
    return { checked, options: { cacheDir, onCheck: (names: string[]) => checked.push(names) } };
  };

  it('answers an unchanged file from disk with the same diagnostics, without re-checking', async () => {
    // Prepare
    const { checked, options } = withCache();
    const files = [
      { name: 'dirty', code: handler('  return this;') },
      { name: 'clean', code: handler('  return 1;') },
    ];
    const first = await checkResolverCode(files, options);

    // Act
    const second = await checkResolverCode(files, options);

    // Assess
    expect(checked).toEqual([['dirty', 'clean']]);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    expect(second).toEqual(first);
    expect(second.get('dirty')!.map((d) => d.rule)).toEqual(['@aws-appsync/no-this']);
  });

  it('re-checks only the files whose code changed', async () => {
    // Prepare
    const { checked, options } = withCache();
    await checkResolverCode(
      [
        { name: 'a', code: handler('  return 1;') },
        { name: 'b', code: handler('  return 2;') },
      ],
      options,
    );

    // Act
    const results = await checkResolverCode(
      [
        { name: 'a', code: handler('  return 1;') },
        { name: 'b', code: handler('  return this;') },
      ],
      options,
    );

    // Assess
    expect(checked).toEqual([['a', 'b'], ['b']]);
    expect(results.get('b')!.map((d) => d.rule)).toEqual(['@aws-appsync/no-this']);
  });

  it('treats a damaged entry as a miss and repairs it', async () => {
    // Prepare
    const { checked, options } = withCache();
    const files = [{ name: 'a', code: handler('  return this;') }];
    await checkResolverCode(files, options);
    const [entry] = readdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, entry!), '{"diagn');

    // Act
    const results = await checkResolverCode(files, options);
    const again = await checkResolverCode(files, options);

    // Assess
    expect(checked).toEqual([['a'], ['a']]);
    expect(results.get('a')!.map((d) => d.rule)).toEqual(['@aws-appsync/no-this']);
    expect(again).toEqual(results);
  });

  it('stays whole when two processes fill it at the same time', async () => {
    // Prepare
    const { checked, options } = withCache();
    const files = Array.from({ length: 20 }, (_, i) => ({
      name: `f${i}`,
      code: handler(i % 2 ? `  return this.f${i};` : `  return ${i};`),
    }));
    const script = `import { checkResolverCode } from ${JSON.stringify(STATIC_CHECK_MODULE)};
      await checkResolverCode(${JSON.stringify(files)}, { cacheDir: ${JSON.stringify(cacheDir)} });`;

    // Act
    await Promise.all([0, 1].map(() => run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script])));
    const results = await checkResolverCode(files, options);

    // Assess
    expect(readdirSync(cacheDir).sort()).toEqual(
      readdirSync(cacheDir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    );
    expect(readdirSync(cacheDir)).toHaveLength(20);
    expect(checked).toEqual([]);
    expect(results.get('f1')!.map((d) => d.rule)).toEqual(['@aws-appsync/no-this']);
    expect(results.get('f2')).toEqual([]);
  }, 120_000);
});
