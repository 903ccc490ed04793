import { describe, expect, it } from 'vitest';
import { escapeApi } from './api.ts';
import { limitedRuntime } from './support.ts';

// Sixth review round: the introspection defences of round 5 (list-item budget, root cap).
// Every test states the safe behaviour; a test that fails names the layer and a minimal reproducer.

const { runtime, postRaw } = limitedRuntime(escapeApi);
const postTo = (url: string, query: string) => postRaw(JSON.stringify({ query }), url);
const post = (query: string) => postTo(runtime().url, query);
const sourceUrl = () => runtime().url.replace(/\/graphql$/, '/source/escapes/graphql');

/** `a` aliases of the non-list `queryType`, each spreading a fragment of `b` aliases of `name`: O(a+b) text, a*b fields. */
const wide = (a: number, b: number) =>
  `{ __schema { ${Array.from({ length: a }, (_, i) => `q${i}: queryType { ...G }`).join(' ')} } } ` +
  `fragment G on __Type { ${Array.from({ length: b }, (_, i) => `n${i}: name`).join(' ')} }`;

describe('introspection that is wide rather than long', () => {
  // FIXED (found in round 6; every field now draws on one budget of 200,000 per request,
  // local/graphql/field-budget.ts): the round-5 budget charged list items only, and the round-4 cap counts
  // root __schema/__type only. Non-list introspection fields (queryType, mutationType,
  // subscriptionType, ofType, type) and scalars (name, kind, description, __typename) cost
  // nothing, so one __schema with `a` aliases of `queryType`, each spreading one fragment with `b`
  // aliases of `name`, answers a*b fields from a+b lines of text, with no list at all.
  // Measured: a=b=100 (3.4 KB) -> 140 KB; a=b=300 (10.6 KB) -> 1.3 MB; a=b=1000 (36 KB) -> 14.9 MB
  // in 2.8 s (close to the 3 s request time, which does not apply to introspection). Quadratic:
  // within the 1 MiB body, a=b=40,000 would ask for 1.6e9 fields (~24 GB) - the server dies of
  // memory long before answering, for every other client too.
  // Layer: the round-5 list-item budget (charged lists, not fields) and
  // local/graphql/request-limits.ts (introspectionFieldCount counts root fields only); no response
  // size limit.
  // Reproducer: { __schema { q0: queryType {...G} q1: queryType {...G} … q999: queryType {...G} } }
  //             fragment G on __Type { n0: name n1: name … n999: name }
  it('bounds the answer to aliases of non-list introspection fields', async () => {
    const res = await post(wide(1000, 1000));
    const text = await res.text();
    const ok = await post('{ ok }');

    expect(ok.status).toBe(200);
    expect(text.length).toBeLessThan(2_000_000);
  }, 20_000);

  // Same shape, same layer, through a source API's own endpoint (/source/<name>/graphql).
  it('bounds the same answer on /source/<name>/graphql', async () => {
    const res = await postTo(sourceUrl(), wide(1000, 1000));
    const text = await res.text();

    expect([200, 400, 404]).toContain(res.status);
    expect(text.length).toBeLessThan(2_000_000);
  }, 20_000);

  it('charges aliases of a list field under one __type against the field budget', async () => {
    const res = await post(
      `{ __type(name: "__Type") { ${Array.from({ length: 20_000 }, (_, i) => `f${i}: fields { name }`).join(' ')} } }`,
    );
    const text = await res.text();

    // 20,000 aliases × 12 fields each pass the 200,000-field budget: the rest fail, unresolved.
    expect(text).toMatch(/FieldLimitReached/);
    expect(text.length).toBeLessThan(10_000_000);
  }, 20_000);

  it('answers a __typename flood in proportion to the query', async () => {
    const query = `{ ${Array.from({ length: 20_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const res = await post(query);
    const text = await res.text();

    expect(text.length).toBeLessThan(query.length * 3);
  }, 20_000);
});
