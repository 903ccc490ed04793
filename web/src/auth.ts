import { Amplify, type ResourcesConfig } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signIn as amplifySignIn, signOut as amplifySignOut } from 'aws-amplify/auth';
import { outputs } from './config.ts';

let configured: Promise<void> | undefined;

/**
 * Amplify Auth configured from the served `amplify_outputs.json`; locally, its user pool is the
 * runtime's, whose endpoint the outputs format has no field for (`custom.local.userPoolEndpoint`).
 */
export function configureAuth(): Promise<void> {
  configured ??= outputs().then((config) => {
    Amplify.configure(config as Parameters<typeof Amplify.configure>[0]);
    const endpoint = config.custom?.local?.userPoolEndpoint;
    if (!endpoint) return;
    const current = Amplify.getConfig();
    Amplify.configure({ ...current, Auth: { Cognito: { ...current.Auth!.Cognito, userPoolEndpoint: endpoint } } } as ResourcesConfig);
  });
  return configured;
}

export interface SignedInUser {
  sub: string;
  email: string;
  groups: string[];
}

/** Who is signed in, from the ID token Amplify holds (refreshed by Amplify as needed). */
export async function currentUser(): Promise<SignedInUser | undefined> {
  await configureAuth();
  try {
    await getCurrentUser();
  } catch {
    return undefined;
  }
  const payload = (await fetchAuthSession()).tokens?.idToken?.payload;
  if (!payload) return undefined;
  return {
    sub: String(payload.sub),
    email: String(payload.email ?? ''),
    groups: (payload['cognito:groups'] as string[] | undefined) ?? [],
  };
}

export async function signIn(email: string, password: string): Promise<SignedInUser> {
  await configureAuth();
  const result = await amplifySignIn({ username: email, password });
  if (!result.isSignedIn) throw new Error(`Sign-in needs another step: ${result.nextStep.signInStep}`);
  return (await currentUser())!;
}

export async function signOut(): Promise<void> {
  await configureAuth();
  await amplifySignOut();
}

/** The ID token for each request: Amplify refreshes it when it expires. */
export async function idToken(): Promise<string> {
  const token = (await fetchAuthSession()).tokens?.idToken?.toString();
  if (!token) throw new Error('Not signed in');
  return token;
}
