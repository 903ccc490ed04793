import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListExecutionsCommand, ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../local/dynamodb-local/local-server.ts';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { demoSub, demoUsers } from '../demo/users.ts';
import { demoStreamIds } from '../demo/live.ts';

/** `npm start` as a developer runs it: in its own process group, stopped with Ctrl-C. */
class StartedApi {
  output = '';
  private readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    // 'close' fires once every process holding the output pipes (npm, tsx, node) has exited.
    this.exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
  }

  static start(port: number, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): StartedApi {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ...extraEnv };
    delete env.AWS_ENDPOINT_URL_DYNAMODB;
    const child = spawn('npm', ['start', ...(args.length ? ['--', ...args] : [])], {
      cwd: PROJECT_ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new StartedApi(child);
  }

  async ready(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes('Press Ctrl-C to stop.')) {
      if (this.child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not become ready:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  field(label: string): string {
    const match = new RegExp(`${label}\\s+(\\S+)`).exec(this.output);
    if (!match) throw new Error(`no "${label}" in:\n${this.output}`);
    return match[1]!;
  }

  /** What Ctrl-C in a terminal does: SIGINT to the whole foreground process group. */
  async ctrlC(): Promise<void> {
    try {
      process.kill(-this.child.pid!, 'SIGINT');
    } catch {
      // Already gone.
    }
    await this.exited;
  }
}

const refused = async (url: string) =>
  fetch(url, { method: 'POST', body: '{}' }).then(
    () => false,
    () => true,
  );

/** A token from `npm run token -- <args>`, as a developer gets one in a shell. */
const tokenFrom = (args: string[], env: Record<string, string> = {}) =>
  execFileSync('npm', ['run', '-s', 'token', '--', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  }).trim();

/** A query to the endpoint `npm start` printed, with a user pool token. */
const queryAs = (api: StartedApi, token: string, query: string) =>
  fetch(api.field('GraphQL endpoint'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body: JSON.stringify({ query }),
  });

describe('npm start', () => {
  let api: StartedApi;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    api = StartedApi.start(port);
    await api.ready();
  }, 150_000);

  afterAll(async () => {
    await api?.ctrlC();
  });

  it('shows its progress while it starts', () => {
    for (const step of [
      'Bundling resolvers',
      'Checking resolver code',
      'Starting DynamoDB Local',
      'Creating',
      'Seeding demo data',
      'Serving on',
    ]) {
      expect(api.output).toContain(step);
    }
  });

  it('prints each demo admin’s authenticator secret, since admins sign in with a TOTP code', () => {
    for (const admin of demoUsers.filter((u) => u.groups.includes('admins'))) {
      expect(api.output).toMatch(new RegExp(`${admin.email.replace('.', '\\.')} +otpauth://totp/\\S+secret=${admin.totpSecret}&`));
    }
  });

  it('prints the endpoint and an API key that work', async () => {
    const endpoint = api.field('GraphQL endpoint');
    const apiKey = api.field('API key');

    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    expect(endpoint).toBe(`http://127.0.0.1:${port}/graphql`);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves the printed web app and console on the same port, and the configuration they read', async () => {
    const outputs = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'amplify_outputs.json'), 'utf8'));

    const pages = await Promise.all([api.field('Web app'), api.field('Console')].map((url) => fetch(url)));
    const served = await (await fetch(new URL('/amplify_outputs.json', api.field('Web app')))).json();

    expect(api.field('Web app')).toBe(`http://127.0.0.1:${port}/`);
    expect(api.field('Console')).toBe(`http://127.0.0.1:${port}/console`);
    // The page itself, or, while its build for these sources runs, a page that reloads itself.
    for (const page of pages) {
      expect([200, 503]).toContain(page.status);
      expect(page.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    }
    expect(served).toEqual(outputs);
  });

  it('writes amplify_outputs.json in the Amplify Gen 2 format for that endpoint', () => {
    const outputs = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'amplify_outputs.json'), 'utf8'));

    expect(outputs.data).toMatchObject({
      url: api.field('GraphQL endpoint'),
      api_key: api.field('API key'),
      aws_region: expect.any(String),
      default_authorization_type: expect.any(String),
      authorization_types: expect.any(Array),
    });
    expect(outputs.custom.local.stepFunctionsEndpoint).toBe(api.field('Step Functions'));
  });

  it('serves the printed Step Functions endpoint to @aws-sdk/client-sfn, and a checkout as printed confirms there', async () => {
    const endpoint = api.field('Step Functions');
    const sfn = new SFNClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const [machine] = (await sfn.send(new ListStateMachinesCommand({}))).stateMachines!;
    const lines = api.output.split('\n');
    const start = lines.findIndex((line) => line.includes('mutation { checkout'));
    const command = `${lines[start - 1]!.trim().replace(/\\$/, '')} ${lines[start]!.trim()}`;

    const answer = JSON.parse(execFileSync('sh', ['-c', command], { cwd: PROJECT_ROOT, encoding: 'utf8' }));
    let status = 'RUNNING';
    for (let i = 0; i < 100 && status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machine!.stateMachineArn }));
      status = executions?.[0]?.status ?? 'RUNNING';
    }

    expect(answer.data.checkout.status).toBe('PENDING');
    expect(status).toBe('SUCCEEDED');
    expect(api.output).toContain(
      'PublishPending → ReserveStock → AuthorizePayment → ConfirmOrder → CapturePayment → PublishConfirmed → Settled',
    );
    // The metrics the saga's functions published (embedded metric format) are for CloudWatch, not for this terminal.
    expect(api.output).not.toContain('"CloudWatchMetrics"');
  });

  it('lets an Amplify JS v6 client configured from amplify_outputs.json alone query the API', async () => {
    const { Amplify } = await import('aws-amplify');
    const { generateClient } = await import('aws-amplify/api');
    Amplify.configure(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'amplify_outputs.json'), 'utf8')));

    const result = await generateClient().graphql({ query: '{ shopBySlug(slug: "cora-cooks") { slug title } }', authMode: 'apiKey' });

    expect(result).toMatchObject({ data: { shopBySlug: { slug: 'cora-cooks', title: 'Cora Cooks' } } });
  });

  it('lists the demo users with the e-mail they sign in with, and a token from npm run token signs in as the owner of the seeded shop', async () => {
    const res = await queryAs(
      api,
      tokenFrom(['cora.creator@example.com', '--port', String(port)]),
      '{ me { id profile { displayName } } myShop { slug } }',
    );

    expect(api.output).toMatch(/cora\.creator@example\.com\s+Videoshops-demo-1\s+creators/);
    expect(await res.json()).toEqual({
      data: { me: { id: demoSub('cora.creator'), profile: { displayName: 'Cora Alvarez' } }, myShop: { slug: 'cora-cooks' } },
    });
  });

  it('prints a "Try it" curl as a signed-in user that works as printed, on a port other than 4000', () => {
    // The two lines after "Try it:" that call as a user: the token command and the query.
    const lines = api.output.split('\n');
    const start = lines.findIndex((line) => line.includes('$(npm run -s token'));
    const command = `${lines[start]!.trim().replace(/\\$/, '')} ${lines[start + 1]!.trim()}`;

    const answer = execFileSync('sh', ['-c', command], { cwd: PROJECT_ROOT, encoding: 'utf8' });

    expect(port).not.toBe(4000);
    expect(JSON.parse(answer)).toEqual({ data: { me: { profile: { displayName: 'Cora Alvarez' } }, myShop: { slug: 'cora-cooks' } } });
  });

  it('prints a sign-up’s confirmation code where it runs', async () => {
    const origin = new URL(api.field('GraphQL endpoint')).origin;
    const clientId = /app client (\w+)/.exec(api.output)![1];

    const res = await fetch(`${origin}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
      body: JSON.stringify({ ClientId: clientId, Username: 'printed.code@example.com', Password: 'Printed-code-1' }),
    });
    await res.json();
    const deadline = Date.now() + 10_000;
    while (!api.output.includes('confirmation code for printed.code@example.com') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }

    expect(res.status).toBe(200);
    expect(api.output).toMatch(/\[local user pool\] confirmation code for printed\.code@example\.com: \d{6}/);
  });

  it('stops everything it started on Ctrl-C', async () => {
    const endpoint = api.field('GraphQL endpoint');
    const dynamoDb = api.field('DynamoDB');

    await api.ctrlC();

    expect(api.output).toContain('Stopped; nothing left running.');
    expect(await refused(endpoint)).toBe(true);
    expect(await refused(dynamoDb)).toBe(true);
  });
});

describe('npm start -- --persist', () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'videoshops-state-'));
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  const startPersisted = async (port: number) => {
    const api = StartedApi.start(port, ['--persist'], { VIDEOSHOPS_STATE_DIR: stateDir });
    await api.ready();
    return api;
  };
  const asNina = async (api: StartedApi, port: number, query: string) => {
    const res = await queryAs(api, tokenFrom(['nina.creator', '--port', String(port), '--state-dir', stateDir]), query);
    return res.json();
  };

  it('keeps what was written across a restart, and seeds only the first time', async () => {
    const port = await freePort();
    const first = await startPersisted(port);
    await asNina(first, port, 'mutation { updateProfile(input: {displayName: "Nina Kept"}) { displayName } }');
    await first.ctrlC();

    const second = await startPersisted(port);
    const me = await asNina(second, port, '{ me { profile { displayName } } }');
    await second.ctrlC();

    expect(first.output).toContain('Seeding demo data');
    expect(second.output).not.toContain('Seeding demo data');
    expect(me).toEqual({ data: { me: { profile: { displayName: 'Nina Kept' } } } });
  }, 300_000);
});

describe('npm start -- --https', () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'videoshops-tls-'));
  let api: StartedApi;
  let port: number;
  afterAll(async () => {
    await api?.ctrlC();
    rmSync(stateDir, { recursive: true, force: true });
  });

  /** A POST that trusts the runtime's own certificate, as a client told to trust it does. */
  const postTls = (body: object, headers: Record<string, string>) =>
    new Promise<unknown>((resolve, reject) => {
      const req = request(
        api.field('GraphQL endpoint'),
        {
          method: 'POST',
          ca: readFileSync(path.join(stateDir, 'tls', 'localhost.pem')),
          headers: { 'content-type': 'application/json', ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve(JSON.parse(text)));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });

  beforeAll(async () => {
    port = await freePort();
    api = StartedApi.start(port, ['--https'], { VIDEOSHOPS_STATE_DIR: stateDir });
    await api.ready();
  }, 150_000);

  it('accepts a token from npm run token, which reads the server’s scheme', async () => {
    const token = tokenFrom(['cora.creator', '--port', String(port)], { VIDEOSHOPS_STATE_DIR: stateDir });

    const answer = await postTls({ query: '{ myShop { slug } }' }, { authorization: token });

    expect(api.field('GraphQL endpoint')).toBe(`https://127.0.0.1:${port}/graphql`);
    expect(answer).toEqual({ data: { myShop: { slug: 'cora-cooks' } } });
  });

  it('moves the live stream’s viewer count: the simulator reports over HTTPS', async () => {
    const viewerCount = async () => {
      const answer = (await postTls(
        { query: 'query ($id: ID!) { liveStream(id: $id) { viewerCount } }', variables: { id: demoStreamIds().live } },
        { 'x-api-key': api.field('API key') },
      )) as { data: { liveStream: { viewerCount: number } } };
      return answer.data.liveStream.viewerCount;
    };
    const first = await viewerCount();

    // The simulator reports every 3 s; wait for a report rather than for a time.
    let latest = first;
    const deadline = Date.now() + 60_000;
    while (latest === first && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      latest = await viewerCount();
    }

    expect(latest).not.toBe(first);
    expect(api.output).not.toContain('Viewer-count simulator:');
  }, 90_000);
});
