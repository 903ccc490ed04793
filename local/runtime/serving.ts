import path from 'node:path';
import type { Server } from 'node:http';
import type { ApiDeclaration } from '../../model/declaration.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import type { LocalAuth } from '../auth/local-auth.ts';
import { createHttpServer, listen, type GraphQLEndpoint, type Route } from '../http/server.ts';
import { evaluateCodeRoute } from '../evaluate-code/route.ts';
import { CodeEvaluator } from '../evaluate-code/evaluator.ts';
import { IsolatedSandbox } from '../appsync-js/isolation/isolated-sandbox.ts';
import { pipelineResolversOf, type RequestLog } from '../logging/request-log.ts';
import { PubSubHub } from '../realtime/pubsub-hub.ts';
import { attachRealtime, realtimePath, type RealtimeOptions } from '../realtime/server.ts';
import { localTls } from '../tls.ts';
import { MERGED_API_KEY, MERGED_API_PATH, sourceApiPath } from '../federation/endpoints.ts';
import { mergedPipelineResolvers } from '../federation/served-merged-api.ts';
import type { RuntimeLimits } from '../api-loader.ts';
import type { ServedCode } from './reloading.ts';

export interface ServingOptions {
  api: ApiDeclaration;
  code: ServedCode;
  auth: LocalAuth;
  requestLog: RequestLog;
  /** 0 picks a free port (default 4000). */
  port?: number;
  host?: string;
  /** Serve HTTPS and WSS with a self-signed certificate kept in `stateDir`. */
  tls?: boolean;
  stateDir?: string;
  realtime?: RealtimeOptions;
  limits?: RuntimeLimits;
  /** More AWS APIs served at the origin (Step Functions, the test payment provider). */
  routes?: Route[];
}

/** AppSync's endpoints on one HTTP server: GraphQL, real-time, the user pool's and EvaluateCode's APIs. */
export interface Serving {
  origin: string;
  port: number;
  url: string;
  realtimeUrl: string;
  tlsCertificateFile?: string;
  stop(): Promise<void>;
}

/** Serves whatever version of the code is current when a request arrives. */
export async function startServing(options: ServingOptions): Promise<Serving> {
  const { api, code, auth, requestLog } = options;
  // The Merged API is the public endpoint; each source API keeps its own, as in AWS (local/federation).
  const endpoints: GraphQLEndpoint[] = [
    {
      path: MERGED_API_PATH,
      executor: () => code.apis.merged.executor,
      authenticator: auth.authenticatorFor(MERGED_API_KEY),
      observer: requestLog.forApi(api.name, mergedPipelineResolvers(api, code.apis.merged.served)),
      realtime: new PubSubHub(),
    },
    ...api.sourceApis.map((source) => ({
      path: sourceApiPath(source.name),
      executor: () => code.apis.executors.get(source.name)!,
      authenticator: auth.authenticatorFor(source.name),
      observer: requestLog.forApi(source.name, pipelineResolversOf(source)),
      realtime: new PubSubHub(),
    })),
  ];

  const tls = options.tls ? await localTls(options.stateDir ?? path.join(PROJECT_ROOT, '.videoshops')) : undefined;
  const codeSandbox = new IsolatedSandbox({ memoryMb: options.limits?.sandboxMemoryMb });
  const evaluateCode = evaluateCodeRoute(new CodeEvaluator(codeSandbox, { timeLimitMs: options.limits?.requestTimeMs }));
  const server: Server = createHttpServer(endpoints, [...auth.routes, evaluateCode, ...(options.routes ?? [])], tls);
  const host = options.host ?? '127.0.0.1';
  let port: number;
  try {
    port = await listen(server, options.port ?? 4000, host);
  } catch (e) {
    await codeSandbox.close();
    throw e;
  }
  const origin = `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  auth.bindOrigin(origin);
  const realtime = attachRealtime(server, endpoints, options.realtime);

  return {
    origin,
    port,
    url: `${origin}/graphql`,
    realtimeUrl: `${origin.replace(/^http/, 'ws')}${realtimePath(endpoints[0]!.path)}`,
    tlsCertificateFile: tls?.certFile,
    async stop() {
      for (const step of [() => realtime.close(), () => closeServer(server), () => codeSandbox.close()]) {
        try {
          await step();
        } catch {
          // Keep stopping the rest: nothing started may be left running.
        }
      }
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
