import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../local/runtime.ts';
import { startTestRuntime } from '../support/runtime.ts';
import { round5Api } from './round5/api.ts';

// Seventh review round: answers that grow past the field budget (local/graphql/field-budget.ts).
// Every test states the safe behaviour; a test that fails names the layer and a minimal reproducer.

let runtime: LocalRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime(round5Api, { limits: { requestTimeMs: 3000, sandboxMemoryMb: 64 } });
}, 30_000);
afterAll(async () => {
  await runtime?.stop();
});

const postRaw = (body: string) => fetch(runtime.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': runtime.apiKey }, body });
const post = (query: string, variables?: unknown) => postRaw(JSON.stringify({ query, variables }));
const aliases = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

describe('answers larger than the request', () => {
  it('bounds the answer to aliases of a resolver echoing a large AWSJSON variable', async () => {
    const v = JSON.stringify('x'.repeat(900_000));
    const body = JSON.stringify({ query: `query($v: AWSJSON) { ${aliases(50, (i) => `e${i}: echo(v: $v)`)} }`, variables: { v } });
    expect(body.length).toBeLessThan(1024 * 1024);
    const res = await postRaw(body);
    const text = await res.text();
    console.log('echo x50', res.status, text.length);
    expect((await post('{ ok }')).status).toBe(200);
    expect(text.length).toBeLessThan(20_000_000);
  }, 20_000);

  // FINDING (round 7, cause not yet isolated): a fragment of many leaf aliases under an introspection
  // list takes super-linear CPU on the server's event loop once the 200,000-field budget runs out
  // (suspected: per-field FieldLimitReached errors, each located with getLocation, linear in the text).
  // Layer: local/graphql/field-budget.ts (chargeField throws per field after exhaustion) + executor.ts
  // formatFieldError; no bound on the errors array.
  // Reproducer: { __schema { types { ...B } } } fragment B on __Type { n0: name n1: name … n15999: name }
  // Measured (round5 API): 8,000 aliases (95 KB) -> 0 errors, 3.2 MB, 0.7 s; 10,000 (119 KB) -> 1 error, 4.0 MB, 1.4 s;
  // 16,000 aliases (190 KB) -> >40 s (whether a concurrent { ok } is blocked is not yet measured: the test
  // timeout); 20,000 aliases (240 KB) -> 79.5 s. Within the 1 MiB body, ~80,000 aliases.
  it('bounds the errors of a field budget exhausted inside a list', async () => {
    const query = `{ __schema { types { ...B } } } fragment B on __Type { ${aliases(16_000, (i) => `n${i}: name`)} }`;
    const t0 = Date.now();
    const pending = post(query).then(async (r) => ({ res: r, text: await r.text(), ms: Date.now() - t0 }));
    await new Promise((r) => setTimeout(r, 100));
    const t1 = Date.now();
    const okStatus = (await post('{ ok }')).status;
    const okMs = Date.now() - t1;
    const { res, text, ms } = await pending;
    console.log('attack ms', ms, 'ok beside ms', okMs, okStatus);
    const errors = (JSON.parse(text) as { errors?: unknown[] }).errors?.length ?? 0;
    console.log('budget errors', res.status, text.length, errors, query.length);
    expect(okStatus).toBe(200);
    expect(errors).toBeLessThan(1_000);
    expect(text.length).toBeLessThan(20_000_000);
  }, 20_000);

  it('charges __typename inside list items against the field budget', async () => {
    const query = `{ __schema { types { fields { ...T } } } } fragment T on __Field { ${aliases(5_000, (i) => `t${i}: __typename`)} }`;
    const res = await post(query);
    const text = await res.text();
    console.log('typename', res.status, text.length, query.length);
    expect((await post('{ ok }')).status).toBe(200);
    expect(text.length).toBeLessThan(20_000_000);
  }, 20_000);
});
