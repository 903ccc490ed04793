import { AwsJsonError } from '../../http/aws-json-error.ts';

/** An error of the Cognito Identity Provider API (500 for internal ones), which Amplify maps to a named exception too. */
export class CognitoError extends AwsJsonError {}

/**
 * Messages as Cognito words them. Those of an e-mail-as-username pool, as apps and their tests
 * quote them: "Username should be an email." (boto/boto3#3836), "An account with the given
 * email already exists.", "User is already confirmed." and "Username/client id combination not
 * found." (what Amplify apps match after `resendSignUp`), "USER_PASSWORD_AUTH flow not enabled for
 * this client" (InvalidParameterException in aws-sdk error logs, floci-io/floci#3974), "SignUp is
 * not permitted for this user pool" (NotAuthorizedException, quoted in apps' troubleshooting notes).
 */
export const cognitoErrors = {
  wrongCredentials: () => new CognitoError('NotAuthorizedException', 'Incorrect username or password.'),
  userNotFound: () => new CognitoError('UserNotFoundException', 'User does not exist.'),
  userNotConfirmed: () => new CognitoError('UserNotConfirmedException', 'User is not confirmed.'),
  usernameNotEmail: () => new CognitoError('InvalidParameterException', 'Username should be an email.'),
  emailExists: () => new CognitoError('UsernameExistsException', 'An account with the given email already exists.'),
  alreadyConfirmedResend: () => new CognitoError('InvalidParameterException', 'User is already confirmed.'),
  unknownUserOfClient: () => new CognitoError('UserNotFoundException', 'Username/client id combination not found.'),
  signUpNotPermitted: () => new CognitoError('NotAuthorizedException', 'SignUp is not permitted for this user pool'),
  flowNotEnabled: (flow: string) => new CognitoError('InvalidParameterException', `${flow} flow not enabled for this client`),
  codeMismatch: () => new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
  alreadyConfirmed: () => new CognitoError('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'),
  invalidRefreshToken: () => new CognitoError('NotAuthorizedException', 'Invalid Refresh Token'),
  invalidAccessToken: () => new CognitoError('NotAuthorizedException', 'Invalid Access Token'),
  expiredAccessToken: () => new CognitoError('NotAuthorizedException', 'Access Token has expired'),
  revokedAccessToken: () => new CognitoError('NotAuthorizedException', 'Access Token has been revoked'),
  unknownClient: (clientId: string) => new CognitoError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`),
  missingParameter: (name: string) => new CognitoError('InvalidParameterException', `Missing required parameter ${name}`),
  invalidParameter: (message: string) => new CognitoError('InvalidParameterException', message),
  invalidPassword: (reason: string) => new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${reason}`),
  // TOTP. aws-samples/aws-amplify-auth-starters#15 (a wrong code at VerifySoftwareToken),
  // aws-amplify/amplify-js#3066 and #11069 (a wrong code for SOFTWARE_TOKEN_MFA), aws/aws-sdk-js-v3#4645
  // (SetUserMFAPreference before any software token is verified).
  softwareTokenCodeMismatch: () => new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA'),
  mfaCodeMismatch: () => new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.'),
  noSoftwareTokenConfigured: () =>
    new CognitoError('InvalidParameterException', 'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA'),
  softwareTokenNotAssociated: () => new CognitoError('SoftwareTokenMFANotFoundException', 'Software Token MFA has not been associated.'),
  softwareTokenMfaNotEnabled: () =>
    new CognitoError('SoftwareTokenMFANotFoundException', 'Software Token MFA is not enabled for this user pool.'),
  expiredSession: () => new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
  /**
   * A trigger that throws: Cognito answers `<Trigger> failed with error <message>.` (the form quoted
   * for DefineAuthChallenge in aws-amplify/amplify-js#9127).
   */
  preTokenGenerationFailed: (message: string) =>
    new CognitoError('UserLambdaValidationException', `PreTokenGeneration failed with error ${message}.`),
  unsupported: (operation: string) =>
    new CognitoError('UnsupportedOperationException', `${operation} is not supported by the local user pool.`),
};
