import type { LocalAuth } from './local-auth.ts';
import { otpauthUri } from './user-pool/totp.ts';

/**
 * What `npm start` tells a developer about signing in: the local pool and what it accepts, the one
 * Amplify override a front end adds, the demo users with the e-mail and password to type, how to
 * get a token from the shell, where confirmation codes appear, and the authenticator secrets of
 * users with TOTP on (demo admins).
 */
export function describeLocalAuth(auth: LocalAuth, origin: string): string {
  const pool = auth.userPool;
  const users = pool.listUsers().map((u) => `    ${u.email.padEnd(28)} ${u.password.padEnd(20)} ${u.groups.join(', ') || '(no group)'}`);
  // Whoever has TOTP on is asked for a code at sign-in: the secret to add to an authenticator app.
  const authenticators = pool
    .listUsers()
    .filter((u) => u.totpEnabled && u.totpSecret)
    .map((u) => `    ${u.email.padEnd(28)} ${otpauthUri(u.totpSecret!, u.email, 'Videoshops (local)')}`);
  return [
    `  User pool          ${pool.id}  (app client ${pool.clientId}: ${pool.declaration.appClient.authFlows.join(', ')})`,
    `  Amplify override   Auth.Cognito.userPoolEndpoint = '${origin}'`,
    `  Token from shell   npm run -s token -- <e-mail> --port ${new URL(origin).port} [--groups creators] [--access]   (header: Authorization)`,
    `  Sign-up codes      printed here: "[local user pool] confirmation code for <e-mail>: <code>"`,
    `  Demo users         sign in with                 password             groups`,
    ...users,
    ...(authenticators.length
      ? [
          `  TOTP               ${pool.declaration.secondFactorRequiredOf.join(', ')} sign in with an authenticator app's code; add this to one (or compute the code from the secret):`,
          ...authenticators,
        ]
      : []),
  ].join('\n');
}
