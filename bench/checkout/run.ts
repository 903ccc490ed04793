/**
 * `npm run bench:checkout`: checkout end to end on the local runtime, with npm start's
 * configuration and demo data.
 *   (a) latency: one shopper at a time, subscribed to onMyOrderUpdated over the real-time
 *       WebSocket; from `checkout` sent to CONFIRMED received (p50/p99);
 *   (b) throughput: `--concurrency` shoppers checking out in a loop for `--duration` seconds;
 *       sustained confirmed checkouts per second;
 *   (c) where a saga's time goes: its Task states (the Lambda steps) versus the state machine
 *       engine between them, from the executions' histories. The baseline is the sum of the
 *       Task states' own durations in the same executions; the ratio says what the engine adds.
 *   npm run bench:checkout -- [--orders 40] [--concurrency 20] [--duration 10]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { startLocalRuntime } from '../../local/runtime.ts';
import { loggingFromEnv } from '../../local/logging/config.ts';
import type { Execution } from '../../local/stepfunctions/executions.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import { seedDemoData } from '../../demo/seed.ts';
import { demoCheckout } from '../../demo/recommendations.ts';
import { productKey } from '../../resolvers/shops/keys.ts';
import { OrderSubscriber } from './order-subscriber.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '20' },
    duration: { type: 'string', default: '10' },
  },
});
const orders = Math.min(Math.max(5, Number(values.orders)), 1000);
const concurrency = Math.min(Math.max(1, Number(values.concurrency)), 100);
const durationMs = Math.min(Math.max(2, Number(values.duration)), 120) * 1000;

const CHECKOUT = 'mutation ($input: CheckoutInput!) { checkout(input: $input) { id status } }';
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
console.log(`Videoshops checkout benchmark\n  machine: ${machine}\n  load average before the run: ${os.loadavg()[0]!.toFixed(2)}\n`);

const runtime = await startLocalRuntime({
  api: videoshopsApi,
  port: 0,
  tablePrefix: 'bench-checkout-',
  watch: true,
  logging: loggingFromEnv(),
  seed: seedDemoData,
  onLambdaLog: () => {},
  progress: (m) => console.log(`    runtime: ${m}`),
});
try {
  const { shopId, productId } = demoCheckout('cora-cooks');
  // Enough stock that every checkout of the run can be confirmed.
  await runtime.dynamoDb.send(
    new UpdateItemCommand({
      TableName: runtime.tableName('Shops'),
      Key: { pk: { S: productKey(productId).pk }, sk: { S: productKey(productId).sk } },
      UpdateExpression: 'SET inventory = :plenty',
      ExpressionAttributeValues: { ':plenty': { N: '10000000' } },
    }),
  );
  let keys = 0;
  const shopper = async (n: number) => {
    const { idToken } = await runtime.auth.userPool.tokensFor(`bench.shopper.${n}@example.com`, { groups: ['shoppers'] });
    const subscriber = await OrderSubscriber.connect(runtime.realtimeUrl, runtime.url, idToken);
    const checkout = async () => {
      const input = {
        shopId,
        lines: [{ productId, quantity: 1 }],
        idempotencyKey: `bench-${process.pid}-${(keys += 1)}`,
        paymentToken: 'tok_visa',
      };
      const sent = performance.now();
      const res = await fetch(runtime.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: idToken },
        body: JSON.stringify({ query: CHECKOUT, variables: { input } }),
      });
      const body = (await res.json()) as { data?: { checkout: { id: string } }; errors?: unknown[] };
      if (!body.data) throw new Error(`checkout refused: ${JSON.stringify(body.errors)}`);
      const final = await subscriber.finalStatus(body.data.checkout.id);
      if (final !== 'CONFIRMED') throw new Error(`order ended ${final}`);
      return performance.now() - sent;
    };
    return { checkout, close: () => subscriber.close() };
  };

  // (a) latency, one at a time, after a few warm-up checkouts (cold starts) are left out.
  const one = await shopper(0);
  for (let i = 0; i < 3; i++) await one.checkout();
  const latencies: number[] = [];
  for (let i = 0; i < orders; i++) latencies.push(await one.checkout());
  one.close();
  console.log(`\n(a) latency, ${orders} checkouts one at a time: checkout sent → CONFIRMED received on onMyOrderUpdated`);
  console.log(
    `    p50 ${ms(percentile(latencies, 0.5))}   p99 ${ms(percentile(latencies, 0.99))}   mean ${ms(latencies.reduce((a, b) => a + b, 0) / orders)}`,
  );

  // (b) throughput.
  const shoppers = await Promise.all(Array.from({ length: concurrency }, (_, i) => shopper(i + 1)));
  const started = performance.now();
  let confirmed = 0;
  await Promise.all(
    shoppers.map(async (s) => {
      while (performance.now() - started < durationMs) {
        await s.checkout();
        confirmed += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  shoppers.forEach((s) => s.close());
  console.log(`\n(b) throughput, ${concurrency} shoppers checking out in a loop for ${durationMs / 1000} s`);
  console.log(`    ${confirmed} checkouts confirmed in ${elapsed.toFixed(1)} s: ${(confirmed / elapsed).toFixed(1)} checkouts/s`);

  // (c) engine versus tasks, over every execution of the run.
  const executions = runtime.stepFunctions.executions.list('', 'SUCCEEDED');
  const total = executions.reduce((sum, e) => sum + duration(e), 0);
  const tasks = executions.reduce((sum, e) => sum + taskTime(e), 0);
  console.log(`\n(c) where a saga's time goes, over ${executions.length} executions`);
  console.log(
    `    execution ${ms(total / executions.length)} on average; its Task states (the Lambda steps) ${ms(tasks / executions.length)}`,
  );
  console.log(
    `    tasks ${((tasks / total) * 100).toFixed(0)}%, state machine engine ${(100 - (tasks / total) * 100).toFixed(0)}%;  ratio execution / tasks (baseline) ${(total / tasks).toFixed(2)}`,
  );
} finally {
  await runtime.stop();
}

function duration(e: Execution) {
  return (e.stopDate ?? new Date()).getTime() - e.startDate.getTime();
}

/** The time between each Task state's entry and its exit, summed. */
function taskTime(e: Execution) {
  let sum = 0;
  let entered: number | undefined;
  for (const event of e.history) {
    if (event.type === 'TaskStateEntered') entered = event.timestamp.getTime();
    if ((event.type === 'TaskStateExited' || event.type === 'TaskFailed') && entered !== undefined) {
      sum += event.timestamp.getTime() - entered;
      entered = undefined;
    }
  }
  return sum;
}
