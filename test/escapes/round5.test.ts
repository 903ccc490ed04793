import { describe, expect, it } from 'vitest';
import { round5Api } from './round5/api.ts';
import { limitedRuntime } from './support.ts';

// Fifth review round of the APPSYNC_JS sandbox and the request limits around it. Every test states
// the safe behaviour; a test that fails names the layer and a minimal reproducer.

const { post, postRaw } = limitedRuntime(round5Api);
/** Time a `{ ok }` request takes while `attack` is under way. */
async function besideAttack(attack: () => Promise<Response>) {
  const started = Date.now();
  const pending = attack().then(async (r) => {
    const text = await r.text();
    return { status: r.status, ms: Date.now() - started, bytes: text.length, text: text.slice(0, 200) };
  });
  await new Promise((r) => setTimeout(r, 50));
  const t = Date.now();
  const ok = await post('{ ok }');
  const okMs = Date.now() - t;
  return { attack: await pending, ok: ok.status, okMs };
}

describe('introspection cost', () => {
  /** d levels, each spreading the next twice: a query of O(d) text, 2^d `__Type` objects. */
  const bomb = (d: number) =>
    `{ __type(name: "__Type") { ...L0 } }\n` +
    Array.from({ length: d }, (_, i) =>
      i === d - 1
        ? `fragment L${i} on __Type { name }`
        : `fragment L${i} on __Type { name fields { name a: type { ...L${i + 1} } b: type { ...L${i + 1} } } }`,
    ).join('\n');

  // FIXED (found in round 5; introspection fields now draw on the request's field budget,
  // local/graphql/field-budget.ts): the round-4 cap counts root __schema/__type selections, but one __type can
  // still answer without bound. Fragments that each spread the next one twice (under two aliases
  // of `type`) double the answer per level, with a query that grows by one line per level:
  // depth 12 (1.3 KB) answers 1.7 MB, 14 answers 6.7 MB, 16 answers 27 MB in 4.3 s (past the
  // 3 s request time), and every level multiplies by four; depth 22 (~2.5 KB) would be ~7 GB.
  // Introspection fields are graphql-js's own, so neither the depth limit nor the resolver count
  // nor the request time applies to them.
  // Layer: local/graphql/request-limits.ts (introspectionFieldCount bounds root fields only; no
  // depth/size bound inside introspection, no response size limit).
  // Reproducer: { __type(name:"__Type"){...L0} } fragment L0 on __Type{name fields{name a:type{...L1} b:type{...L1}}} … fragment L15 on __Type{name}
  it('bounds the answer to one __type whatever fragments it spreads', async () => {
    const r = await besideAttack(() => post(bomb(15)));

    expect(r.ok).toBe(200);
    expect(r.attack.bytes).toBeLessThan(2_000_000);
  }, 20_000);
});

describe('the root introspection cap, through fragments and directives', () => {
  const many = (n: number, prefix = 'x') => Array.from({ length: n }, (_, i) => `${prefix}${i}: __type(name: "Query") { name }`).join(' ');
  it.each([
    ['in one fragment', `{ ...A } fragment A on Query { ${many(11)} }`],
    [
      'split over fragments spread from inline fragments',
      `{ ... on Query { ...A ... { ...B } } } fragment A on Query { ${many(6, 'a')} } fragment B on Query { ${many(6, 'b')} }`,
    ],
    ['nested inline fragments', `{ ... { ... { ... { ${many(11)} } } } }`],
    ['under @include(if: true)', `{ ... @include(if: true) { ${many(11)} } }`],
    [
      '__schema aliases in a fragment spread by another',
      `{ ...A ...B } fragment A on Query { ${Array.from({ length: 6 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} } fragment B on Query { ...A ${Array.from({ length: 6 }, (_, i) => `t${i}: __schema { queryType { name } }`).join(' ')} }`,
    ],
  ])('refuses more than 10 root introspection fields %s', async (_, query) => {
    const res = await post(query);
    expect(res.status).toBe(400);
  });

  it('adds nothing by spreading the same fragment many times', async () => {
    const res = await post(`{ ${Array.from({ length: 2000 }, () => '...A').join(' ')} } fragment A on Query { ${many(10)} }`);
    const text = await res.text();
    expect(text.length).toBeLessThan(10_000);
  });

  it('refuses a fragment cycle before running anything', async () => {
    const res = await post(`{ ...A } fragment A on Query { x: __type(name: "Query") { name } ...B } fragment B on Query { ...A }`);
    expect((await res.json()) as object).toHaveProperty('errors');
    expect((await post('{ ok }')).status).toBe(200);
  });
});

describe('wide and deep input', () => {
  it('checks 1 MiB of wide variables quickly', async () => {
    const wide = {
      a: Array.from({ length: 200_000 }, () => []),
      o: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, { x: [1] }])),
    };
    const body = JSON.stringify({ query: 'query($v: AWSJSON) { ok }', variables: wide });
    expect(body.length).toBeLessThan(1024 * 1024);
    const r = await besideAttack(() => postRaw(body));
    expect(r.ok).toBe(200);
  });

  it.each([
    ['selection sets', (n: number) => `{${'ok{'.repeat(n)}${'}'.repeat(n)}}`],
    ['list literals', (n: number) => `{ echo(v: ${'['.repeat(n)}${']'.repeat(n)}) }`],
    ['object literals', (n: number) => `{ echo(v: ${'{a:'.repeat(n)}1${'}'.repeat(n)}) }`],
  ])('answers a query whose %s nest 100,000 deep without a server error', async (_, make) => {
    const res = await post(make(100_000));
    expect(res.status).toBeLessThan(500);
    expect((await post('{ ok }')).status).toBe(200);
  });

  it.each([1000, 5000, 50_000, 300_000])(
    'echoes or refuses an AWSJSON variable that parses %i levels deep, with the server intact',
    async (d) => {
      const v = '['.repeat(d) + ']'.repeat(d);
      const r = await besideAttack(() => post('query($v: AWSJSON) { echo(v: $v) }', { v }));
      expect(r.attack.status).toBeLessThan(500);
      expect(r.ok).toBe(200);
    },
    15_000,
  );

  it.each([5000, 300_000])(
    'echoes or refuses an AWSJSON literal that parses %i levels deep, with the server intact',
    async (d) => {
      const v = '['.repeat(d) + ']'.repeat(d);
      const r = await besideAttack(() => post(`{ echo(v: ${JSON.stringify(v)}) }`));
      expect(r.attack.status).toBeLessThan(500);
      expect(r.ok).toBe(200);
    },
    15_000,
  );
});
