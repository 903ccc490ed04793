import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { fixtureApi } from '../../model/fixture/api.ts';
import { DEFAULT_USER_POOL, type ApiDeclaration } from '../../model/declaration.ts';
import { post, startTestRuntime, type HttpResult } from '../support/runtime.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { LocalUserPool, type CodeDelivery } from '../../local/auth/user-pool/pool.ts';
import { loadOrCreateSigningKey } from '../../local/auth/user-pool/signing-key.ts';
import { DEMO_PASSWORD, demoUsers } from '../../demo/users.ts';
import { totpCode } from '../../local/auth/user-pool/totp.ts';
import { callAs } from './support.ts';

let runtime: LocalRuntime;
let revealing: LocalRuntime;
const delivered: CodeDelivery[] = [];

/** The fixture API with a pool whose app client also enables USER_PASSWORD_AUTH, the flow these calls use. */
const withPasswordFlow = (preventUserExistenceErrors: boolean): ApiDeclaration => ({
  ...fixtureApi,
  userPool: { ...DEFAULT_USER_POOL, appClient: { authFlows: ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'], preventUserExistenceErrors } },
});

beforeAll(async () => {
  [runtime, revealing] = await Promise.all([
    startTestRuntime(withPasswordFlow(true), { userPool: { deliverCode: (d) => delivered.push(d) } }),
    startTestRuntime(withPasswordFlow(false), { userPool: { deliverCode: () => {} } }),
  ]);
});

afterAll(async () => {
  await Promise.all([runtime?.stop(), revealing?.stop()]);
});

/** One call of the Cognito Identity Provider API, as the AWS SDKs and Amplify send it. */
function cognito(operation: string, input: Record<string, unknown>, on: LocalRuntime = runtime): Promise<HttpResult> {
  return post(`${new URL(on.url).origin}/`, JSON.stringify(input), {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
  });
}

const passwordSignIn = (username: string, password: string, on: LocalRuntime = runtime) =>
  cognito(
    'InitiateAuth',
    { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: on.auth.userPool.clientId, AuthParameters: { USERNAME: username, PASSWORD: password } },
    on,
  );

const cognitoError = (type: string, message: string) => ({ status: 400, body: { __type: type, message }, errorType: `${type}:` });
const errorOf = (r: HttpResult) => ({ status: r.status, body: r.body, errorType: r.headers.get('x-amzn-errortype') });

describe('The local pool’s Cognito Identity Provider API', () => {
  it('signs in with the e-mail and USER_PASSWORD_AUTH, and names the user in the tokens by their sub, as an e-mail-as-username pool does', async () => {
    // Act
    const response = await passwordSignIn('cora.creator@example.com', DEMO_PASSWORD);

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    const result = response.body.AuthenticationResult;
    expect(result).toEqual({
      AccessToken: expect.any(String),
      IdToken: expect.any(String),
      RefreshToken: expect.any(String),
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    });
    const { sub } = decodeJwt(result.IdToken);
    expect(sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // cognito:username is the sub: https://gist.github.com/a-h/c25705edb5799455233235cfcf9877ec, getmoto/moto#4249.
    expect(decodeJwt(result.IdToken)).toMatchObject({
      iss: runtime.auth.userPool.issuer,
      aud: runtime.auth.userPool.clientId,
      token_use: 'id',
      'cognito:username': sub,
      'cognito:groups': ['creators'],
      email: 'cora.creator@example.com',
    });
    expect(decodeJwt(result.AccessToken)).toMatchObject({
      client_id: runtime.auth.userPool.clientId,
      token_use: 'access',
      username: sub,
      scope: 'aws.cognito.signin.user.admin',
    });
  });

  it.each([
    [
      'a wrong password',
      'cora.creator@example.com',
      'Wrong-password-1',
      'hiding',
      cognitoError('NotAuthorizedException', 'Incorrect username or password.'),
    ],
    [
      'a demo user’s short name: the e-mail is the username, and a pool has no aliases beside it',
      'cora.creator',
      DEMO_PASSWORD,
      'revealing',
      cognitoError('UserNotFoundException', 'User does not exist.'),
    ],
    [
      'an unknown user, when the client hides which users exist',
      'nobody',
      DEMO_PASSWORD,
      'hiding',
      cognitoError('NotAuthorizedException', 'Incorrect username or password.'),
    ],
    [
      'an unknown user, when the client reveals it',
      'nobody',
      DEMO_PASSWORD,
      'revealing',
      cognitoError('UserNotFoundException', 'User does not exist.'),
    ],
  ] as const)('refuses %s with Cognito’s error type', async (_, username, password, on, expected) => {
    // Act
    const response = await passwordSignIn(username, password, on === 'revealing' ? revealing : runtime);

    // Assess
    expect(errorOf(response)).toEqual(expected);
  });

  it('refuses an unknown app client', async () => {
    // Act
    const response = await cognito('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'unknownclient',
      AuthParameters: { USERNAME: 'x', PASSWORD: 'y' },
    });

    // Assess
    expect(errorOf(response)).toEqual(cognitoError('ResourceNotFoundException', 'User pool client unknownclient does not exist.'));
  });

  it('refreshes with REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken, keeping the sign-in', async () => {
    // Prepare
    const signedIn = (await passwordSignIn('sam.shopper@example.com', DEMO_PASSWORD)).body.AuthenticationResult;
    const ClientId = runtime.auth.userPool.clientId;

    // Act
    const viaInitiateAuth = await cognito('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId,
      AuthParameters: { REFRESH_TOKEN: signedIn.RefreshToken },
    });
    const viaGetTokens = await cognito('GetTokensFromRefreshToken', { ClientId, RefreshToken: signedIn.RefreshToken });

    // Assess
    for (const refreshed of [viaInitiateAuth, viaGetTokens]) {
      const result = refreshed.body.AuthenticationResult;
      expect(result.RefreshToken).toBeUndefined();
      expect(decodeJwt(result.AccessToken).origin_jti).toBe(decodeJwt(signedIn.AccessToken).origin_jti);
      expect(decodeJwt(result.AccessToken).jti).not.toBe(decodeJwt(signedIn.AccessToken).jti);
    }
  });

  it('refuses a refresh token it never issued', async () => {
    // Act
    const response = await cognito('GetTokensFromRefreshToken', { ClientId: runtime.auth.userPool.clientId, RefreshToken: 'made-up' });

    // Assess
    expect(errorOf(response)).toEqual(cognitoError('NotAuthorizedException', 'Invalid Refresh Token'));
  });

  it('answers GetUser with the username Cognito gave, the sub, and the user’s attributes', async () => {
    // Prepare
    const { AccessToken } = (await passwordSignIn('bea.brand@example.com', DEMO_PASSWORD)).body.AuthenticationResult;
    const { sub } = decodeJwt(AccessToken);

    // Act
    const response = await cognito('GetUser', { AccessToken });

    // Assess
    expect(response.body).toEqual({
      Username: sub,
      UserAttributes: [
        { Name: 'sub', Value: sub },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'email', Value: 'bea.brand@example.com' },
      ],
    });
  });

  it('ends every session with GlobalSignOut at Cognito, while AppSync still accepts unexpired tokens as it does in AWS', async () => {
    // Prepare
    const first = (await passwordSignIn('carl.creator@example.com', DEMO_PASSWORD)).body.AuthenticationResult;
    const second = (await passwordSignIn('carl.creator@example.com', DEMO_PASSWORD)).body.AuthenticationResult;

    // Act
    const signOut = await cognito('GlobalSignOut', { AccessToken: first.AccessToken });

    // Assess
    expect(signOut.status).toBe(200);
    const refresh = await cognito('GetTokensFromRefreshToken', {
      ClientId: runtime.auth.userPool.clientId,
      RefreshToken: second.RefreshToken,
    });
    expect(errorOf(refresh)).toEqual(cognitoError('NotAuthorizedException', 'Invalid Refresh Token'));
    expect(errorOf(await cognito('GetUser', { AccessToken: second.AccessToken }))).toEqual(
      cognitoError('NotAuthorizedException', 'Access Token has been revoked'),
    );
    expect((await callAs(runtime, { userPoolToken: second.IdToken }, 'query { echo(message: "still valid") }')).body).toEqual({
      data: { echo: 'still valid' },
    });
  });

  it('signs up an unconfirmed user by e-mail, confirms them with the delivered code, then signs them in', async () => {
    // Prepare
    const ClientId = runtime.auth.userPool.clientId;
    const signUp = await cognito('SignUp', {
      ClientId,
      Username: 'dora@example.com',
      Password: 'Dora-password-1',
      UserAttributes: [{ Name: 'email', Value: 'dora@example.com' }],
    });
    const beforeConfirming = await passwordSignIn('dora@example.com', 'Dora-password-1');
    const code = runtime.auth.userPool.pendingConfirmationCode('dora@example.com')!;

    // Act
    const wrongCode = await cognito('ConfirmSignUp', {
      ClientId,
      Username: 'dora@example.com',
      ConfirmationCode: code === '000000' ? '111111' : '000000',
    });
    const confirm = await cognito('ConfirmSignUp', { ClientId, Username: 'dora@example.com', ConfirmationCode: code });
    const afterConfirming = await passwordSignIn('dora@example.com', 'Dora-password-1');

    // Assess
    expect(signUp.body).toEqual({
      UserConfirmed: false,
      UserSub: expect.stringMatching(/^[0-9a-f-]{36}$/),
      CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'd***@e***' },
    });
    expect(errorOf(beforeConfirming)).toEqual(cognitoError('UserNotConfirmedException', 'User is not confirmed.'));
    expect(errorOf(wrongCode)).toEqual(cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'));
    expect(confirm.status).toBe(200);
    expect(decodeJwt(afterConfirming.body.AuthenticationResult.IdToken)).toMatchObject({
      sub: signUp.body.UserSub,
      'cognito:username': signUp.body.UserSub,
      email: 'dora@example.com',
    });
  });

  it('resends a confirmation code with ResendConfirmationCode: the new code confirms, the old one no longer does', async () => {
    // Prepare
    const ClientId = runtime.auth.userPool.clientId;
    await cognito('SignUp', { ClientId, Username: 'rex@example.com', Password: 'Rex-password-12' });
    const first = delivered.findLast((d) => d.email === 'rex@example.com')!.code;

    // Act
    const resent = await cognito('ResendConfirmationCode', { ClientId, Username: 'rex@example.com' });
    const second = delivered.findLast((d) => d.email === 'rex@example.com')!.code;
    const withOldCode =
      first === second ? undefined : await cognito('ConfirmSignUp', { ClientId, Username: 'rex@example.com', ConfirmationCode: first });
    const withNewCode = await cognito('ConfirmSignUp', { ClientId, Username: 'rex@example.com', ConfirmationCode: second });

    // Assess
    expect(resent.body).toEqual({ CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'r***@e***' } });
    expect(runtime.auth.userPool.pendingConfirmationCode('rex@example.com')).toBeUndefined();
    if (withOldCode)
      expect(errorOf(withOldCode)).toEqual(cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'));
    expect(withNewCode.status).toBe(200);
    expect((await passwordSignIn('rex@example.com', 'Rex-password-12')).status).toBe(200);
  });

  it.each([
    ['a confirmed user', 'sam.shopper@example.com', 'hiding', cognitoError('InvalidParameterException', 'User is already confirmed.')],
    [
      'an unknown user, when the client reveals it',
      'nobody@example.com',
      'revealing',
      cognitoError('UserNotFoundException', 'Username/client id combination not found.'),
    ],
  ] as const)('refuses to resend a code to %s', async (_, Username, on, expected) => {
    // Prepare
    const pool = on === 'revealing' ? revealing : runtime;

    // Act
    const response = await cognito('ResendConfirmationCode', { ClientId: pool.auth.userPool.clientId, Username }, pool);

    // Assess
    expect(errorOf(response)).toEqual(expected);
  });

  it('answers a resend for an unknown user as if a code went out, when the client hides which users exist', async () => {
    // Act
    const response = await cognito('ResendConfirmationCode', { ClientId: runtime.auth.userPool.clientId, Username: 'nobody@example.com' });

    // Assess
    expect(response.body).toEqual({ CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'n***@e***' } });
    expect(delivered.some((d) => d.email === 'nobody@example.com')).toBe(false);
  });

  it.each([
    [
      'a username that is not an e-mail',
      'eve.plain',
      'A-good-password-1',
      cognitoError('InvalidParameterException', 'Username should be an email.'),
    ],
    [
      'an e-mail that has an account',
      'sam.shopper@example.com',
      'A-good-password-1',
      cognitoError('UsernameExistsException', 'An account with the given email already exists.'),
    ],
    [
      'a password shorter than the policy',
      'eve.short@example.com',
      'Sh0rt-pw',
      cognitoError('InvalidPasswordException', 'Password did not conform with policy: Password not long enough'),
    ],
    [
      'a password without symbols',
      'eve.plain@example.com',
      'Plainpassword1',
      cognitoError('InvalidPasswordException', 'Password did not conform with policy: Password must have symbol characters'),
    ],
  ])('refuses to sign up %s', async (_, Username, Password, expected) => {
    // Act
    const response = await cognito('SignUp', { ClientId: runtime.auth.userPool.clientId, Username, Password });

    // Assess
    expect(errorOf(response)).toEqual(expected);
  });

  it('tells an operation it does not implement apart from a failure', async () => {
    // Act
    const response = await cognito('AdminDeleteUser', { UserPoolId: runtime.auth.userPool.id, Username: 'sam.shopper@example.com' });

    // Assess
    expect(errorOf(response)).toEqual(
      cognitoError('UnsupportedOperationException', 'AdminDeleteUser is not supported by the local user pool.'),
    );
  });
});

describe('A declared pool without self sign-up', () => {
  it('refuses SignUp, as Cognito refuses it when only administrators create users', async () => {
    // Prepare
    const pool = new LocalUserPool({
      ...LocalUserPool.idsFor('closed', 'us-east-1'),
      key: await loadOrCreateSigningKey(mkdtempSync(path.join(tmpdir(), 'closed-pool-'))),
      declaration: { ...DEFAULT_USER_POOL, selfSignUp: false },
    });

    // Act
    const attempt = () => pool.signUp({ username: 'eve@example.com', password: 'A-good-password-1' });

    // Assess
    expect(attempt).toThrow(
      expect.objectContaining({ type: 'NotAuthorizedException', message: 'SignUp is not permitted for this user pool' }),
    );
  });
});

describe('TOTP through the Cognito API, as API_AssociateSoftwareToken, API_VerifySoftwareToken, API_SetUserMFAPreference and API_RespondToAuthChallenge describe it', () => {
  const admin = demoUsers.find((u) => u.groups.includes('admins'))!;
  const accessTokenOf = async (email: string) =>
    (await passwordSignIn(email, DEMO_PASSWORD)).body.AuthenticationResult.AccessToken as string;

  it('answers a password sign-in of a user with TOTP on with the SOFTWARE_TOKEN_MFA challenge and a Session, and tokens for the right code', async () => {
    // Act
    const challenged = await passwordSignIn(admin.email, DEMO_PASSWORD);
    const answered = await cognito('RespondToAuthChallenge', {
      ClientId: runtime.auth.userPool.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: challenged.body.Session,
      ChallengeResponses: { USERNAME: admin.email, SOFTWARE_TOKEN_MFA_CODE: totpCode(admin.totpSecret!) },
    });

    // Assess
    expect(challenged.body).toEqual({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: expect.any(String),
      ChallengeParameters: {},
    });
    expect(decodeJwt(answered.body.AuthenticationResult.AccessToken)['cognito:groups']).toEqual(['admins']);
  });

  it('refuses SetUserMFAPreference before a software token is verified, and a wrong code at VerifySoftwareToken', async () => {
    // Prepare
    runtime.auth.userPool.addUsers([{ email: 'totp.api@example.com', password: DEMO_PASSWORD, groups: ['shoppers'] }]);
    const AccessToken = await accessTokenOf('totp.api@example.com');

    // Act
    const early = await cognito('SetUserMFAPreference', { AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    const unassociated = await cognito('VerifySoftwareToken', { AccessToken, UserCode: '123456' });
    const { SecretCode } = (await cognito('AssociateSoftwareToken', { AccessToken })).body;
    const wrong = await cognito('VerifySoftwareToken', { AccessToken, UserCode: totpCode(SecretCode, Date.now() + 10 * 60_000) });
    const right = await cognito('VerifySoftwareToken', { AccessToken, UserCode: totpCode(SecretCode), FriendlyDeviceName: 'phone' });
    const enabled = await cognito('SetUserMFAPreference', { AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    const user = await cognito('GetUser', { AccessToken });

    // Assess
    expect(errorOf(early)).toEqual(
      cognitoError('InvalidParameterException', 'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA'),
    );
    expect(errorOf(unassociated)).toMatchObject({ status: 400, body: { __type: 'SoftwareTokenMFANotFoundException' } });
    expect(errorOf(wrong)).toEqual(cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA'));
    expect(right.body).toEqual({ Status: 'SUCCESS' });
    expect(enabled.body).toEqual({});
    expect(user.body).toMatchObject({ UserMFASettingList: ['SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' });
  });

  it('refuses tokens to an admin who turned TOTP off, at sign-in and at refresh alike', async () => {
    // Prepare
    runtime.auth.userPool.addUsers([
      { email: 'lapsing.admin@example.com', password: DEMO_PASSWORD, groups: ['admins'], totpSecret: admin.totpSecret },
    ]);
    const challenged = await passwordSignIn('lapsing.admin@example.com', DEMO_PASSWORD);
    const { AccessToken, RefreshToken } = (
      await cognito('RespondToAuthChallenge', {
        ClientId: runtime.auth.userPool.clientId,
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: challenged.body.Session,
        ChallengeResponses: { USERNAME: 'lapsing.admin@example.com', SOFTWARE_TOKEN_MFA_CODE: totpCode(admin.totpSecret!) },
      })
    ).body.AuthenticationResult;

    // Act
    await cognito('SetUserMFAPreference', { AccessToken, SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false } });
    const signIn = await passwordSignIn('lapsing.admin@example.com', DEMO_PASSWORD);
    const refresh = await cognito('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: runtime.auth.userPool.clientId,
      AuthParameters: { REFRESH_TOKEN: RefreshToken },
    });

    // Assess
    for (const refused of [signIn, refresh]) {
      expect(errorOf(refused)).toMatchObject({ status: 400, body: { __type: 'UserLambdaValidationException' } });
      expect(refused.body.message).toMatch(/^PreTokenGeneration failed with error Members of admins sign in with an authenticator app/);
    }
  });
});
