import { createServer, type IncomingMessage, type Server } from 'node:http';
import { execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import { buildAppSyncSchema, readSchemaSdl } from '../model/schema/appsync-schema.ts';
import { listen } from '../local/http/server.ts';
import { plainRootValue } from './api.ts';

/**
 * The baseline: the benchmark's schema served by plain graphql-js with plain JS resolvers on
 * node:http, caching each distinct document parsed and validated (as any production server does).
 */
export async function startPlainServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const schema = buildAppSyncSchema(readSchemaSdl(['bench/schema.graphql']));
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const server: Server = createServer((req, res) => {
    void handle(req).then(({ status, body }) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });

  async function handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    let request: { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return { status: 400, body: { errors: [{ message: 'Unable to parse GraphQL query.' }] } };
    }
    if (typeof request.query !== 'string') return { status: 400, body: { errors: [{ message: 'Unable to parse GraphQL query.' }] } };
    let document = documents.get(request.query);
    if (!document) {
      try {
        const parsed = parse(request.query);
        const errors = validate(schema, parsed);
        document = errors.length ? errors : parsed;
      } catch (e) {
        document = [e as GraphQLError];
      }
      documents.set(request.query, document);
    }
    if (Array.isArray(document)) return { status: 200, body: { errors: document.map((e) => ({ message: e.message })) } };
    const result = await execute({
      schema,
      document: document as DocumentNode,
      rootValue: plainRootValue,
      variableValues: request.variables,
      operationName: request.operationName,
    });
    return { status: 200, body: result };
  }

  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
