import type { LocalAuth } from './local-auth.ts';

/**
 * What `npm start` tells a developer about signing in: the local pool and what it accepts, the one
 * Amplify override a front end adds, the demo users with the e-mail and password to type, how to
 * get a token from the shell, and where confirmation codes appear.
 */
export function describeLocalAuth(auth: LocalAuth, origin: string): string {
  const pool = auth.userPool;
  const users = pool.listUsers().map((u) => `    ${u.email.padEnd(28)} ${u.password.padEnd(20)} ${u.groups.join(', ') || '(no group)'}`);
  return [
    `  User pool          ${pool.id}  (app client ${pool.clientId}: ${pool.declaration.appClient.authFlows.join(', ')})`,
    `  Amplify override   Auth.Cognito.userPoolEndpoint = '${origin}'`,
    `  Token from shell   npm run -s token -- <e-mail> --port ${new URL(origin).port} [--groups creators] [--access]   (header: Authorization)`,
    `  Sign-up codes      printed here: "[local user pool] confirmation code for <e-mail>: <code>"`,
    `  Demo users         sign in with                 password             groups`,
    ...users,
  ].join('\n');
}
