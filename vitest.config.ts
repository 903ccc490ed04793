import { defineConfig } from 'vitest/config';

// The SDK warns that its 2027 releases will need Node 22; this project supports Node 20 today.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/**
 * Test files that need modules of their own. Every other file shares its worker's modules with
 * the files run before it there: importing TypeScript, ESLint, the AWS SDK and the CDK once per
 * worker rather than once per file.
 */
const ISOLATED = [
  // Amplify JS keeps its configuration and signed-in user in module state; each of these configures its own.
  'test/start.test.ts',
  'test/auth/amplify.test.ts',
  'test/realtime/amplify.test.ts',
  'test/sdk/frameworks.test.ts',
];

/**
 * Attacks on the sandbox, several of which must be answered within a deadline while runaways
 * burn the CPU: they run last, one file at a time with nothing else beside them, each in a
 * process of its own so no attack meets a realm or module another file's attacks ran in.
 */
const ESCAPES = ['test/escapes/**/*.test.ts'];

const common = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks',
  // What a poll waits for (a browser repainting, a saga settling) can take seconds while the run's
  // four workers load both cores: a poll that gives up after vitest's default 1 s fails on load, not on behaviour.
  expect: { poll: { timeout: 10_000, interval: 100 } },
} as const;

export default defineConfig({
  test: {
    // Only here, not in the projects: one DynamoDB Local for the whole run, provided to every project.
    globalSetup: ['test/support/global-setup.ts'],
    // Most of a test's time is spent waiting on sockets, timers and child processes: on 2 cores,
    // vitest's default (one worker fewer than the cores) would leave the CPU idle meanwhile.
    maxWorkers: 4,
    projects: [
      { test: { ...common, name: 'shared', include: ['test/**/*.test.ts'], exclude: [...ISOLATED, ...ESCAPES], isolate: false } },
      { test: { ...common, name: 'isolated', include: ISOLATED } },
      { test: { ...common, name: 'escapes', include: ESCAPES, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
