import { Sandbox } from '../local/appsync-js/sandbox.ts';
import { appsyncModules } from '../local/appsync-js/modules.ts';
import { newScope } from '../local/appsync-js/scope.ts';
import { bundleFile } from '../local/bundle.ts';
import { noneDataSource } from '../local/datasources/none.ts';
import { fieldContextJson, runResolver, type FieldContext, type ResolverPlan } from '../local/graphql/resolver-runner.ts';

export interface EvaluationFigures {
  iterations: number;
  /** One handler: a fresh ctx, the module's top level, the request handler. */
  handlerMicros: number;
  /** One unit resolution on NONE: request handler, data source, response handler. */
  resolverMicros: number;
}

const ctxOf = (i: number): FieldContext => ({
  arguments: { id: `p-${i}` },
  identity: null,
  source: null,
  request: { headers: { 'x-api-key': 'da2-bench' }, domainName: null },
  info: { fieldName: 'first', parentTypeName: 'Query', variables: {}, selectionSetList: ['id', 'name', 'price'], selectionSetGraphQL: '{\n  id\n  name\n  price\n}' },
  env: {},
});

/** The resolver the HTTP benchmark serves, evaluated in a loop in the runtime's sandbox. */
export async function benchEvaluation(iterations = 20_000): Promise<EvaluationFigures> {
  const sandbox = new Sandbox(appsyncModules);
  const code = sandbox.load('bench/resolvers/Query.first.ts', bundleFile('bench/resolvers/Query.first.ts'));
  const plan: ResolverPlan = { kind: 'UNIT', typeName: 'Query', fieldName: 'first', code, dataSource: noneDataSource('None') };

  const handler = (i: number) => sandbox.evaluate(code, 'request', sandbox.createFieldContext(fieldContextJson(ctxOf(i))), newScope('API_KEY'));
  const resolver = (i: number) =>
    runResolver(plan, { sandbox, ctx: ctxOf(i), scope: newScope('API_KEY'), invocation: { requestId: 'bench', fieldPath: 'first' } });

  for (let i = 0; i < 2_000; i += 1) handler(i);
  let t0 = performance.now();
  for (let i = 0; i < iterations; i += 1) handler(i);
  const handlerMicros = ((performance.now() - t0) * 1000) / iterations;

  for (let i = 0; i < 2_000; i += 1) await resolver(i);
  t0 = performance.now();
  for (let i = 0; i < iterations; i += 1) await resolver(i);
  const resolverMicros = ((performance.now() - t0) * 1000) / iterations;

  return { iterations, handlerMicros, resolverMicros };
}
