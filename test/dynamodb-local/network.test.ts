import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local/local-server.ts';

/** The local addresses the kernel lists as listening on a TCP port (Linux's /proc/net tables). */
function listeningAddresses(port: number): string[] {
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .flatMap((table) => (existsSync(table) ? readFileSync(table, 'utf8').trim().split('\n').slice(1) : []))
    .map((row) => row.trim().split(/\s+/))
    .filter(([, local, , state]) => state === '0A' && parseInt(local!.split(':')[1]!, 16) === port)
    .map(([, local]) => {
      const hex = local!.split(':')[0]!;
      // An IPv4 address is one little-endian word; anything else is left as the kernel wrote it.
      return hex.length === 8 ? Buffer.from(hex, 'hex').reverse().join('.') : hex;
    });
}

const otherAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && !a.internal && !(a.family === 'IPv6' && a.address.startsWith('fe80')))
  .map((a) => a!.address);

const connects = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    const done = (connected: boolean) => {
      socket.destroy();
      resolve(connected);
    };
    socket
      .once('connect', () => done(true))
      .once('error', () => done(false))
      .once('timeout', () => done(false));
  });

const listTables = (endpoint: string, headers: Record<string, string> = {}) =>
  fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.ListTables',
      authorization: 'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      ...headers,
    },
    body: '{}',
  });

describe('DynamoDB Local', () => {
  let db: DynamoDbLocal;
  const onExit = vi.fn();

  beforeAll(async () => {
    db = await startDynamoDbLocal({ onExit });
  });
  afterAll(() => db?.stop());

  it.runIf(existsSync('/proc/net/tcp'))('listens on 127.0.0.1 only', () => {
    expect(listeningAddresses(Number(new URL(db.endpoint).port))).toEqual(['127.0.0.1']);
  });

  it.runIf(otherAddresses.length > 0)("refuses connections to the machine's network addresses", async () => {
    const port = Number(new URL(db.endpoint).port);

    const connected = await Promise.all(otherAddresses.map((address) => connects(address, port)));

    expect(await connects('127.0.0.1', port)).toBe(true);
    expect(otherAddresses.filter((_, i) => connected[i])).toEqual([]);
  });

  it('allows no web page to read its answers: no access-control-allow-origin, preflight or not', async () => {
    const origin = 'http://attacker.example';
    const preflight = await fetch(db.endpoint, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-amz-target',
      },
    });
    const post = await listTables(db.endpoint, { origin });

    expect(post.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not report an exit it was asked for', async () => {
    await db.stop();
    await new Promise((r) => setTimeout(r, 200));

    expect(onExit).not.toHaveBeenCalled();
  });

  it('reports its death to onExit, with how it died', async () => {
    let reportDeath!: (error: Error) => void;
    const death = new Promise<Error>((resolve) => (reportDeath = resolve));
    const dying = await startDynamoDbLocal({ onExit: (error) => reportDeath(error) });

    process.kill(dying.pid, 'SIGKILL');

    expect((await death).message).toMatch(/^DynamoDB Local \(pid \d+\) was killed \(SIGKILL\) while the API was using it\./);
    await dying.stop();
  });
});
