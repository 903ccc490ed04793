/**
 * `npm run token -- <e-mail> [--groups creators,admins] [--access] [--port 4000]`
 *
 * Prints a user pool token for a demo or new user, signed with the local pool's persistent key, for
 * the API served by `npm start` on that port (`Authorization: <token>`): it asks the running server
 * for its issuer, so the token fits an `--https` server too. A demo user may be named by the part of
 * their e-mail before the `@` (`cora.creator`); anyone else by the e-mail they would sign up with.
 * The `sub` is the same for an e-mail on every run; `--groups` sets the user's groups in the token
 * (default: the demo user's, or none).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { videoshopsApi } from '../model/videoshops.ts';
import { fixtureApi } from '../model/fixture/api.ts';
import { localUserPoolToken } from './auth/user-pool/offline-token.ts';
import { LocalUserPool } from './auth/user-pool/pool.ts';
import { runningPoolOrigin } from './auth/user-pool/discovery.ts';
import { tlsCertificateFile } from './tls.ts';
import { demoUsers } from '../demo/users.ts';

const USAGE = 'Usage: npm run token -- <e-mail> [--groups creators,admins] [--access] [--port 4000] [--hours 1]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      groups: { type: 'string' },
      access: { type: 'boolean', default: false },
      port: { type: 'string', default: process.env.PORT ?? '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      api: { type: 'string', default: 'videoshops' },
      'state-dir': { type: 'string', default: process.env.VIDEOSHOPS_STATE_DIR ?? path.join(PROJECT_ROOT, '.videoshops') },
      hours: { type: 'string', default: '1' },
    },
  });
  const who = positionals[0];
  const api = [videoshopsApi, fixtureApi].find((a) => a.name === values.api);
  if (!who || !api) {
    console.error(USAGE);
    console.error(`Demo users: ${demoUsers.map((u) => `${u.email} (${u.groups.join(', ')})`).join('; ')}`);
    process.exit(2);
  }
  const hours = Number(values.hours);
  // Cognito lets ID and access tokens live from 5 minutes to one day.
  if (!(hours > 0 && hours <= 24)) throw new Error('--hours must be between 0 and 24.');
  const region = process.env.AWS_REGION ?? 'us-east-1';
  const stateDir = values['state-dir']!;
  const certFile = tlsCertificateFile(stateDir);
  const asked = { host: values.host!, port: Number(values.port) };
  const origin = await runningPoolOrigin({
    ...asked,
    poolId: LocalUserPool.idsFor(api.name, region).id,
    ca: existsSync(certFile) ? readFileSync(certFile, 'utf8') : undefined,
  });
  if (!origin) console.error(`No local API answers on ${asked.host}:${asked.port}; this token is for http://${asked.host}:${asked.port}.`);
  const token = await localUserPoolToken({
    who,
    groups:
      values.groups === undefined
        ? undefined
        : values.groups
            .split(',')
            .map((g) => g.trim())
            .filter(Boolean),
    tokenUse: values.access ? 'access' : 'id',
    api,
    region,
    origin: origin ?? `http://${asked.host}:${asked.port}`,
    stateDir,
    lifetimeSeconds: Math.round(hours * 3600),
    users: demoUsers,
  });
  console.log(token);
}

await main();
