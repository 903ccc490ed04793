import { Sandbox } from '../local/appsync-js/sandbox.ts';
import { IsolatedSandbox } from '../local/appsync-js/isolation/isolated-sandbox.ts';
import { appsyncModules } from '../local/appsync-js/modules.ts';
import { newScope } from '../local/appsync-js/scope.ts';
import { bundleFile } from '../model/bundle/resolvers.ts';
import { noneDataSource } from '../local/datasources/none.ts';
import { fieldContextJson, runResolver, type ResolverPlan } from '../local/graphql/resolver-runner.ts';
import type { FieldContext } from '../local/datasources/types.ts';

export interface EvaluationFigures {
  iterations: number;
  /** One handler in the realm itself: a fresh ctx, the module's top level, the request handler. */
  handlerMicros: number;
  /** One unit resolution on NONE through the sandbox process (one round trip: both handlers run there), one at a time: its latency. */
  resolverMicros: number;
  /** The same with 50 resolutions in flight: what each costs when evaluations travel in batches. */
  concurrentResolverMicros: number;
}

const ctxOf = (i: number): FieldContext => ({
  arguments: { id: `p-${i}` },
  identity: null,
  source: null,
  request: { headers: { 'x-api-key': 'da2-bench' }, domainName: null },
  info: {
    fieldName: 'first',
    parentTypeName: 'Query',
    variables: {},
    selectionSetList: ['id', 'name', 'price'],
    selectionSetGraphQL: '{\n  id\n  name\n  price\n}',
  },
  env: {},
});

/** The resolver the HTTP benchmark serves, evaluated in a loop: in the realm, then through the sandbox process as the runtime runs it. */
export async function benchEvaluation(iterations = 20_000): Promise<EvaluationFigures> {
  const bundle = bundleFile('bench/resolvers/Query.first.ts');
  const sandbox = new Sandbox(appsyncModules);
  const code = sandbox.load('bench/resolvers/Query.first.ts', bundle);
  const isolated = new IsolatedSandbox();
  const plan: ResolverPlan = {
    kind: 'UNIT',
    typeName: 'Query',
    fieldName: 'first',
    code: isolated.load('bench/resolvers/Query.first.ts', bundle),
    dataSource: noneDataSource('None'),
  };

  const handler = (i: number) =>
    sandbox.evaluate(code, 'request', sandbox.createFieldContext(fieldContextJson(ctxOf(i))), newScope('API_KEY'));
  const resolver = (i: number) =>
    runResolver(plan, {
      sandbox: isolated,
      ctx: ctxOf(i),
      scope: newScope('API_KEY'),
      invocation: { requestId: 'bench', fieldPath: 'first' },
    });

  for (let i = 0; i < 2_000; i += 1) handler(i);
  let t0 = performance.now();
  for (let i = 0; i < iterations; i += 1) handler(i);
  const handlerMicros = ((performance.now() - t0) * 1000) / iterations;

  for (let i = 0; i < 2_000; i += 1) await resolver(i);
  t0 = performance.now();
  for (let i = 0; i < iterations; i += 1) await resolver(i);
  const resolverMicros = ((performance.now() - t0) * 1000) / iterations;

  const inFlight = 50;
  t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async (_, lane) => {
      for (let i = lane; i < iterations; i += inFlight) await resolver(i);
    }),
  );
  const concurrentResolverMicros = ((performance.now() - t0) * 1000) / iterations;
  await isolated.close();

  return { iterations, handlerMicros, resolverMicros, concurrentResolverMicros };
}
