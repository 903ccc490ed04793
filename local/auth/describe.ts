import type { LocalAuth } from './local-auth.ts';

/**
 * What `npm start` tells a developer about signing in: the local pool, the one Amplify override a
 * front end adds, the demo users with their passwords, and how to get a token from the shell.
 */
export function describeLocalAuth(auth: LocalAuth, origin: string): string {
  const pool = auth.userPool;
  const users = pool.listUsers().map((u) => `    ${u.username.padEnd(16)} ${u.password.padEnd(20)} ${u.groups.join(', ') || '(no group)'}`);
  return [
    `  User pool          ${pool.id}  (app client ${pool.clientId})`,
    `  Amplify override   Auth.Cognito.userPoolEndpoint = '${origin}'`,
    `  Token from shell   npm run -s token -- <username> [--groups creators] [--access]   (header: Authorization)`,
    `  Demo users         username         password             groups`,
    ...users,
  ].join('\n');
}
