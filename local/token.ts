/**
 * `npm run token -- <username> [--groups creators,admins] [--access] [--port 4000]`
 *
 * Prints a user pool token for a demo or new user, signed with the local pool's persistent key, for
 * the API served by `npm start` (`Authorization: <token>`). The `sub` is the same for a username on
 * every run; `--groups` sets the user's groups in the token (default: the demo user's, or none).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../model/project-root.ts';
import { localUserPoolToken } from './auth/user-pool/offline-token.ts';
import { demoUsers } from '../demo/users.ts';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      groups: { type: 'string' },
      access: { type: 'boolean', default: false },
      port: { type: 'string', default: process.env.PORT ?? '4000' },
      host: { type: 'string', default: '127.0.0.1' },
      api: { type: 'string', default: 'videoshops' },
      'state-dir': { type: 'string', default: path.join(PROJECT_ROOT, '.videoshops') },
      hours: { type: 'string', default: '1' },
    },
  });
  const username = positionals[0];
  if (!username) {
    console.error('Usage: npm run token -- <username> [--groups creators,admins] [--access] [--port 4000] [--hours 1]');
    console.error(`Demo users: ${demoUsers.map((u) => `${u.username} (${u.groups.join(', ')})`).join('; ')}`);
    process.exit(2);
  }
  const hours = Number(values.hours);
  // Cognito lets ID and access tokens live from 5 minutes to one day.
  if (!(hours > 0 && hours <= 24)) throw new Error('--hours must be between 0 and 24.');
  const token = await localUserPoolToken({
    username,
    groups:
      values.groups === undefined
        ? undefined
        : values.groups
            .split(',')
            .map((g) => g.trim())
            .filter(Boolean),
    tokenUse: values.access ? 'access' : 'id',
    apiName: values.api!,
    region: process.env.AWS_REGION ?? 'us-east-1',
    origin: `http://${values.host}:${values.port}`,
    stateDir: values['state-dir']!,
    lifetimeSeconds: Math.round(hours * 3600),
    users: demoUsers,
  });
  console.log(token);
}

await main();
