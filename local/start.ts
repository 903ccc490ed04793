/**
 * `npm start`: the whole Videoshops API on this machine, with demo data.
 *   npm start -- --persist     keep DynamoDB data across restarts (in .videoshops/, git-ignored)
 *   npm start -- --https       serve HTTPS and WSS with a generated self-signed certificate (Amplify derives wss://)
 *   VIDEOSHOPS_STATE_DIR=dir    where state that outlives a run is kept (default .videoshops/)
 *   PORT=4000                  the HTTP port
 *   AWS_ENDPOINT_URL_DYNAMODB  use that DynamoDB instead of starting DynamoDB Local
 *   VIDEOSHOPS_LOG_LEVEL       request logs: NONE | ERROR (default) | INFO | DEBUG | ALL, as AppSync's fieldLogLevel
 *   VIDEOSHOPS_LOG_FILE        also write them as AppSync-shaped JSON lines to this file
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startLocalRuntime, type LocalRuntime } from './runtime.ts';
import { readOrCreateSecret } from './secret-file.ts';
import { loggingFromEnv } from './logging/config.ts';
import { logsAtLeast } from './logging/levels.ts';
import { writeAmplifyOutputs } from './amplify-outputs.ts';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { videoshopsApi } from '../model/videoshops.ts';
import { seedDemoData } from '../demo/seed.ts';
import { demoShops } from '../demo/shops.ts';
import { demoCheckout } from '../demo/recommendations.ts';
import { TEST_TOKEN_EFFECTS } from './payments/test-provider.ts';
import { describeExecution } from './stepfunctions/describe.ts';
import { demoUsers } from '../demo/users.ts';
import { describeLocalAuth } from './auth/describe.ts';
import { demoStreamIds } from '../demo/live.ts';
import { AGGREGATOR_PRINCIPAL, startViewerCountSimulator } from '../demo/viewer-count-simulator.ts';

// The SDK warns that its 2027 releases will need Node 22; this project supports Node 20 today.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** API key, user-pool signing key, TLS certificate and --persist data (git-ignored). */
const STATE_DIR = path.resolve(process.env.VIDEOSHOPS_STATE_DIR ?? path.join(PROJECT_ROOT, '.videoshops'));

const stableApiKey = () => readOrCreateSecret(path.join(STATE_DIR, 'api-key'), () => `da2-${randomBytes(13).toString('hex')}`);

async function main() {
  const { values } = parseArgs({
    options: { persist: { type: 'boolean', default: false }, https: { type: 'boolean', default: false } },
  });
  const started = Date.now();
  const step = (message: string) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1).padStart(4)}s] ${message}`);
  const dataDir = values.persist ? path.join(STATE_DIR, 'dynamodb') : undefined;
  const freshData = !dataDir || !existsSync(dataDir);

  console.log('Starting the Videoshops API locally');
  const logging = loggingFromEnv();
  const verboseLambdaLines = logsAtLeast(logging.level ?? 'ERROR', 'DEBUG');
  // Without DynamoDB Local every request would answer with a connection error: stop rather than serve that.
  let dynamoDbLocalDied: Error | undefined;
  let onDynamoDbLocalExit = (error: Error) => void (dynamoDbLocalDied = error);
  const deathMessage = (error: Error) =>
    `${error.message}\nThe API cannot answer without it: stopping. Run npm start again${dataDir ? ' (the persisted data is kept)' : ''}.`;
  let runtime: LocalRuntime;
  try {
    runtime = await startLocalRuntime({
      api: videoshopsApi,
      port: Number(process.env.PORT ?? 4000),
      dataDir,
      onDynamoDbLocalExit: (error) => onDynamoDbLocalExit(error),
      tablePrefix: 'videoshops-local-',
      apiKey: stableApiKey(),
      seed: freshData ? seedDemoData : undefined,
      users: demoUsers,
      progress: step,
      logging,
      onLambdaLog: (name, line) => {
        // Lambda's own START/END/REPORT lines, seven per checkout, and the metrics functions publish
        // (embedded metric format, which CloudWatch reads, not people), only when traces are asked for.
        if (!verboseLambdaLines && /^(?:(START|END|REPORT) RequestId:|\{"_aws":)/.test(line)) return;
        console.log(`[lambda ${name}] ${line}`);
      },
      watch: true,
      web: true,
      tls: values.https,
      stateDir: STATE_DIR,
    });
  } catch (e) {
    console.error(`\nThe API could not start:\n${(e as Error).message}${dynamoDbLocalDied ? `\n${dynamoDbLocalDied.message}` : ''}`);
    process.exit(1);
  }

  const outputs = path.join(PROJECT_ROOT, 'amplify_outputs.json');
  writeAmplifyOutputs(outputs, runtime.outputs);
  // Each checkout's path through the saga, as the Step Functions console draws it.
  runtime.stepFunctions.executions.onEnd((execution) => console.log(`[step functions] ${describeExecution(execution)}`));

  // The production viewer-count aggregator's stand-in: it reports through the public endpoint with IAM.
  const viewerCounts = startViewerCountSimulator({
    url: runtime.url,
    apiKey: runtime.apiKey,
    ca: runtime.tlsCertificateFile && readFileSync(runtime.tlsCertificateFile, 'utf8'),
    credentials: runtime.auth.iam.principal(AGGREGATOR_PRINCIPAL).credentials,
    region: runtime.auth.iam.region,
    onError: (e) => console.error(`Viewer-count simulator: ${e.message}`),
  });

  const shop = demoShops[0]!;
  const shopper = demoUsers.find((u) => u.groups.includes('shoppers'))!;
  const checkoutExample = demoCheckout(shop.slug);
  const owner = demoUsers.find((u) => u.name === shop.owner)!;
  const curlTrust = runtime.tlsCertificateFile ? `--cacert ${path.relative(PROJECT_ROOT, runtime.tlsCertificateFile)} ` : '';
  console.log(`
Videoshops API ready in ${((Date.now() - started) / 1000).toFixed(1)}s

  Web app            ${new URL(runtime.url).origin}/   (live shopping on the SDK; sign in as a demo user below)
  Console            ${new URL(runtime.url).origin}/console   (GraphiQL, the checkout workflow's executions, the request log)
  GraphQL endpoint   ${runtime.url}
  Real-time          ${runtime.realtimeUrl}${runtime.tlsCertificateFile ? `\n  TLS certificate    ${path.relative(PROJECT_ROOT, runtime.tlsCertificateFile)}  (trust it, or NODE_EXTRA_CA_CERTS=<file> for Node)` : ''}
  API key            ${runtime.apiKey}   (header: x-api-key)
  DynamoDB           ${runtime.dynamoDbEndpoint}${dataDir ? `  (persisted in ${path.relative(PROJECT_ROOT, dataDir)})` : '  (in memory)'}
  Client config      ${path.relative(PROJECT_ROOT, outputs)}  (Amplify.configure(outputs))
  Step Functions     ${runtime.stepFunctions.endpoint}  (@aws-sdk/client-sfn endpoint; state machine ${[...runtime.stepFunctions.executions.machines.values()].map((m) => m.name).join(', ')})
  Test payments      ${Object.entries(TEST_TOKEN_EFFECTS)
    .map(([token, effect]) => `${token} ${effect}`)
    .join(', ')}
${describeLocalAuth(runtime.auth, new URL(runtime.url).origin)}
  Demo shops         ${demoShops.map((shop) => `${shop.slug} (${shop.owner})`).join(', ')}
  Live stream        ${demoStreamIds().live} (cora-cooks, LIVE; its viewer count moves every 3 s, reported with IAM as ${AGGREGATOR_PRINCIPAL})

Try it:
  curl -s ${runtime.url} ${curlTrust}-H 'content-type: application/json' -H 'x-api-key: ${runtime.apiKey}' \\
    -d '{"query":"{ shopBySlug(slug: \\"${shop.slug}\\") { title creator { displayName } } }"}'
  curl -s ${runtime.url} ${curlTrust}-H 'content-type: application/json' -H "authorization: $(npm run -s token -- ${owner.email} --port ${runtime.port})" \\
    -d '{"query":"{ me { profile { displayName } } myShop { slug } }"}'
  curl -s ${runtime.url} ${curlTrust}-H 'content-type: application/json' -H "authorization: $(npm run -s token -- ${shopper.email} --port ${runtime.port})" \\
    -d '{"query":"mutation { checkout(input: { shopId: \\"${checkoutExample.shopId}\\", lines: [{ productId: \\"${checkoutExample.productId}\\", quantity: 1 }], idempotencyKey: \\"try-it-'$(date +%s)'\\", paymentToken: \\"tok_visa\\" }) { id status total { amount currency } } }"}'

Edits to schema/ and resolvers/ are reloaded while it runs. Press Ctrl-C to stop.`);

  let stopping = false;
  const stop = async (message: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    (exitCode ? console.error : console.log)(`\n${message}`);
    // A cleanup step that never settles must neither keep the process nor change how it exits.
    process.exitCode = exitCode;
    setTimeout(() => process.exit(exitCode), 10_000).unref();
    await viewerCounts.stop();
    await runtime.stop();
    console.log('Stopped; nothing left running.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT: stopping', 0));
  process.on('SIGTERM', () => void stop('SIGTERM: stopping', 0));
  onDynamoDbLocalExit = (error) => void stop(deathMessage(error), 1);
  if (dynamoDbLocalDied) await stop(deathMessage(dynamoDbLocalDied), 1);
}

await main();
