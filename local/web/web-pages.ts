import type { ApiDeclaration } from '../../model/declaration.ts';
import type { LocalAuth } from '../auth/local-auth.ts';
import type { Route } from '../http/server.ts';
import type { RequestLog } from '../logging/request-log.ts';
import { webBuild, type WebBuild } from './build.ts';
import { consoleRoute } from './console-route.ts';
import { webRoute } from './route.ts';

/** The web app and the console, served by the runtime beside the API. */
export interface WebPages {
  routes: Route[];
  /** Starts the build once the API answers, with the client configuration the pages read. */
  start(outputs: unknown): void;
  /** The build being served (set by `start`). */
  build?: WebBuild;
  stop(): Promise<void>;
}

export function webPages(options: { api: ApiDeclaration; auth: LocalAuth; requestLog: RequestLog; stateDir: string }): WebPages {
  let outputs: unknown;
  const pages: WebPages = {
    routes: [
      webRoute({ build: () => pages.build, outputs: () => outputs }),
      consoleRoute({
        auth: options.auth,
        principals: [...new Set((options.api.authorization?.iamGrants ?? []).map((grant) => grant.principal))],
        recentRequests: (limit) => options.requestLog.recent(limit),
      }),
    ],
    start(configuration) {
      outputs = configuration;
      pages.build = webBuild(options.stateDir);
    },
    async stop() {
      pages.build?.stop();
    },
  };
  return pages;
}
