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
  unsupported: (operation: string) =>
    new CognitoError('UnsupportedOperationException', `${operation} is not supported by the local user pool.`),
};
