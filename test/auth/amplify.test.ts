import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Amplify, type ResourcesConfig } from 'aws-amplify';
import {
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  fetchMFAPreference,
  fetchUserAttributes,
  getCurrentUser,
  resendSignUpCode,
  signIn,
  signOut,
  signUp,
  setUpTOTP,
  updateMFAPreference,
  verifyTOTPSetup,
} from 'aws-amplify/auth';
import { generateClient } from 'aws-amplify/api';
import { fixtureApi } from '../../model/fixture/api.ts';
import { post, startTestRuntime } from '../support/runtime.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { DEMO_PASSWORD, demoUsers } from '../../demo/users.ts';
import { totpCode } from '../../local/auth/user-pool/totp.ts';

let runtime: LocalRuntime;
const origin = () => new URL(runtime.url).origin;

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi, { userPool: { deliverCode: () => {} } });
  // What a local front end does (README, "Front ends"): amplify_outputs.json as npm start writes it, plus the one override.
  Amplify.configure(runtime.outputs);
  const config = Amplify.getConfig();
  Amplify.configure({ ...config, Auth: { Cognito: { ...config.Auth!.Cognito, userPoolEndpoint: origin() } } } as ResourcesConfig);
});

afterEach(() => signOut().catch(() => {}));
afterAll(() => runtime?.stop());

const createNote = /* GraphQL */ `
  mutation CreateNote($id: ID!) {
    createNote(id: $id, text: "from Amplify") { id owner text }
  }
`;

/** Cognito's own API, to look at what the pool thinks of a token. */
const getUser = (accessToken: string) =>
  post(`${origin()}/`, JSON.stringify({ AccessToken: accessToken }), {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
  });

describe('Amplify JS v6 against the local user pool', () => {
  it('takes the e-mail as what users sign in with, from amplify_outputs.json', () => {
    // Assess
    expect(Amplify.getConfig().Auth?.Cognito.loginWith).toMatchObject({ email: true, username: false });
  });

  it('signs in by e-mail with SRP, its default flow, and calls the API with the tokens it got', async () => {
    // Act
    const result = await signIn({ username: 'cora.creator@example.com', password: DEMO_PASSWORD });
    const session = await fetchAuthSession();
    const response = await generateClient().graphql({ query: createNote, variables: { id: 'amplify-srp' } });

    // Assess
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect(session.tokens?.accessToken.payload['cognito:groups']).toEqual(['creators']);
    expect(response).toEqual({
      data: { createNote: { id: 'amplify-srp', owner: session.tokens?.idToken?.payload.sub, text: 'from Amplify' } },
    });
  });

  it('reads the user attributes with GetUser; the username Cognito gave is the sub', async () => {
    // Act
    await signIn({ username: 'bea.brand@example.com', password: DEMO_PASSWORD });
    const attributes = await fetchUserAttributes();
    const user = await getCurrentUser();

    // Assess
    expect(attributes).toEqual({ sub: user.userId, email: 'bea.brand@example.com', email_verified: 'true' });
    expect(user.username).toBe(user.userId);
  });

  it('refuses USER_PASSWORD_AUTH, a flow the declared app client does not enable, as the deployed client does', async () => {
    // Act
    const attempt = signIn({ username: 'bea.brand@example.com', password: DEMO_PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } });

    // Assess
    await expect(attempt).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'USER_PASSWORD_AUTH flow not enabled for this client',
    });
  });

  it('refreshes the tokens, and the API accepts the refreshed ones', async () => {
    // Prepare
    await signIn({ username: 'cora.creator@example.com', password: DEMO_PASSWORD });
    const first = await fetchAuthSession();

    // Act
    const refreshed = await fetchAuthSession({ forceRefresh: true });
    const response = await generateClient().graphql({ query: createNote, variables: { id: 'amplify-refreshed' } });

    // Assess
    expect(refreshed.tokens?.accessToken.payload.jti).not.toBe(first.tokens?.accessToken.payload.jti);
    expect(refreshed.tokens?.accessToken.payload.sub).toBe(first.tokens?.accessToken.payload.sub);
    expect(response).toMatchObject({ data: { createNote: { id: 'amplify-refreshed' } } });
  });

  it('signs out: the session is revoked at the pool and the client is signed out', async () => {
    // Prepare
    await signIn({ username: 'sam.shopper@example.com', password: DEMO_PASSWORD });
    const accessToken = (await fetchAuthSession()).tokens!.accessToken.toString();
    expect((await getUser(accessToken)).status).toBe(200);

    // Act
    await signOut();

    // Assess
    expect((await getUser(accessToken)).body).toEqual({ __type: 'NotAuthorizedException', message: 'Access Token has been revoked' });
    await expect(getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('signs out globally with GlobalSignOut', async () => {
    // Prepare
    await signIn({ username: 'carl.creator@example.com', password: DEMO_PASSWORD });
    const accessToken = (await fetchAuthSession()).tokens!.accessToken.toString();

    // Act
    await signOut({ global: true });

    // Assess
    expect((await getUser(accessToken)).body).toMatchObject({ __type: 'NotAuthorizedException' });
  });

  it.each([
    ['a wrong password', 'cora.creator@example.com', 'Wrong-password-1'],
    ['an unknown user', 'nobody.at.all@example.com', DEMO_PASSWORD],
    ['a demo user’s short name, which is no username in a pool that signs in by e-mail', 'cora.creator', DEMO_PASSWORD],
  ])('refuses %s with NotAuthorizedException, as the deployed client hides whether users exist', async (_, username, password) => {
    // Act
    const attempt = signIn({ username, password });

    // Assess
    await expect(attempt).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('signs up by e-mail, has the code resent, confirms with the resent code, and signs in', async () => {
    // Act
    const signedUp = await signUp({
      username: 'new.shopper@example.com',
      password: 'A-new-password-1',
      options: { userAttributes: { email: 'new.shopper@example.com' } },
    });
    const resent = await resendSignUpCode({ username: 'new.shopper@example.com' });
    const code = runtime.auth.userPool.pendingConfirmationCode('new.shopper@example.com')!;
    const confirmed = await confirmSignUp({ username: 'new.shopper@example.com', confirmationCode: code });
    const signedIn = await signIn({ username: 'new.shopper@example.com', password: 'A-new-password-1' });
    const user = await getCurrentUser();

    // Assess
    expect(signedUp).toMatchObject({ nextStep: { signUpStep: 'CONFIRM_SIGN_UP' }, userId: user.userId });
    expect(resent).toEqual({ destination: 'n***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' });
    expect(confirmed.isSignUpComplete).toBe(true);
    expect(signedIn.isSignedIn).toBe(true);
    expect(user.signInDetails?.loginId).toBe('new.shopper@example.com');
  });

  describe('TOTP, which the pool offers (MFA optional) and requires of admins', () => {
    const admin = demoUsers.find((u) => u.groups.includes('admins'))!;

    it('asks an admin for the authenticator app’s code (CONFIRM_SIGN_IN_WITH_TOTP_CODE) and signs them in with it', async () => {
      // Act
      const first = await signIn({ username: admin.email, password: DEMO_PASSWORD });
      const confirmed = await confirmSignIn({ challengeResponse: totpCode(admin.totpSecret!) });
      const session = await fetchAuthSession();

      // Assess
      expect(first).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
      expect(confirmed).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
      expect(session.tokens?.accessToken.payload['cognito:groups']).toEqual(['admins']);
    });

    it('refuses a wrong code with CodeMismatchException', async () => {
      // Prepare
      await signIn({ username: admin.email, password: DEMO_PASSWORD });
      const wrong = String((Number(totpCode(admin.totpSecret!)) + 500_000) % 1_000_000).padStart(6, '0');

      // Act
      const attempt = confirmSignIn({ challengeResponse: wrong });

      // Assess
      await expect(attempt).rejects.toMatchObject({ name: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
    });

    it('gives an admin without TOTP no tokens, while a shopper signs in', async () => {
      // Prepare
      runtime.auth.userPool.addUsers([{ email: 'no.totp.admin@example.com', password: DEMO_PASSWORD, groups: ['admins'] }]);

      // Act
      const refused = await signIn({ username: 'no.totp.admin@example.com', password: DEMO_PASSWORD }).catch((e: unknown) => e);
      const shopper = await signIn({ username: 'sam.shopper@example.com', password: DEMO_PASSWORD });

      // Assess
      expect(refused).toMatchObject({
        name: 'UserLambdaValidationException',
        message: expect.stringMatching(/^PreTokenGeneration failed with error Members of admins sign in with an authenticator app/),
      });
      expect(shopper).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    });

    it('sets TOTP up (setUpTOTP, verifyTOTPSetup, updateMFAPreference), then asks for a code at every sign-in', async () => {
      // Prepare
      runtime.auth.userPool.addUsers([{ email: 'careful.shopper@example.com', password: DEMO_PASSWORD, groups: ['shoppers'] }]);
      await signIn({ username: 'careful.shopper@example.com', password: DEMO_PASSWORD });

      // Act
      const { sharedSecret, getSetupUri } = await setUpTOTP();
      await verifyTOTPSetup({ code: totpCode(sharedSecret) });
      await updateMFAPreference({ totp: 'PREFERRED' });
      const preference = await fetchMFAPreference();
      await signOut();
      const next = await signIn({ username: 'careful.shopper@example.com', password: DEMO_PASSWORD });
      const confirmed = await confirmSignIn({ challengeResponse: totpCode(sharedSecret) });

      // Assess
      expect(sharedSecret).toMatch(/^[A-Z2-7]{52}$/);
      expect(getSetupUri('Videoshops').href).toContain(`secret=${sharedSecret}`);
      expect(preference).toEqual({ enabled: ['TOTP'], preferred: 'TOTP' });
      expect(next.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
      expect(confirmed.isSignedIn).toBe(true);
    });
  });
});
