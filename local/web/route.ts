import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Route } from '../http/server.ts';
import type { WebBuild } from './build.ts';

/** Where the console page is served; its own endpoints live under it (local/web/console-route.ts). */
export const CONSOLE_PATH = '/console';

/** The pages and what the page of each path is. Every other path is the API's (or 404). */
const PAGES: Record<string, string> = { '/': 'index.html', '/index.html': 'index.html', [CONSOLE_PATH]: 'console.html' };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=UTF-8',
  '.js': 'text/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/**
 * The web app at `/`, the console page at `/console`, their built assets at `/assets/…` and the
 * client configuration at `/amplify_outputs.json` (what `npm start` writes to the file of that name).
 * Pages answer from the build kept for the current sources; while it is being built, a page that
 * reloads itself says so.
 */
export function webRoute(options: { build: () => WebBuild | undefined; outputs: () => unknown }): Route {
  return (req, _body, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = (req.url ?? '/').split('?', 1)[0]!;
    if (pathname === '/amplify_outputs.json') {
      return answer(res, 200, 'application/json; charset=UTF-8', JSON.stringify(options.outputs()), ['cache-control', 'no-store']);
    }
    const page = PAGES[pathname];
    if (!page && !pathname.startsWith('/assets/')) return false;
    const build = options.build();
    if (!build) return false;
    const failure = build.failure();
    if (failure) return answer(res, 500, 'text/plain; charset=UTF-8', failure.message);
    const dir = build.dir();
    if (!dir) return answer(res, 503, CONTENT_TYPES['.html']!, BUILDING, ['retry-after', '1']);
    const file = path.join(dir, page ?? path.normalize(pathname).slice(1));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) return false;
    const headers = page
      ? // The console steers the API with this machine's identities: no other page may frame it.
        ['cache-control', 'no-cache', 'content-security-policy', "frame-ancestors 'none'", 'x-frame-options', 'DENY']
      : // Asset names carry their content hash.
        ['cache-control', 'public, max-age=31536000, immutable'];
    res.writeHead(200, [
      ...headers,
      'content-type',
      CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length',
      String(statSync(file).size),
    ]);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

const BUILDING = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="refresh" content="1"><title>Building…</title></head>
<body><p>The web app is being built for the current sources; this page reloads itself.</p></body></html>`;

function answer(res: ServerResponse, status: number, contentType: string, text: string, headers: string[] = []): true {
  res.writeHead(status, [...headers, 'content-type', contentType, 'content-length', String(Buffer.byteLength(text))]).end(text);
  return true;
}
