import { UnauthorizedRequest } from '../http/authentication.ts';

/**
 * AppSync's request-level refusals, word for word where a real response was seen:
 * - no credentials: "Valid authorization header not provided." (aws-amplify/amplify-js#4373)
 * - a token that is not a JWT: "Unable to parse JWT token." (aws-amplify/amplify-js#2112)
 * - an expired token: "Token has expired." (HTTP 401 seen from an AppSync API)
 * - a JWT that parses but fails verification: "Unauthorized" (aws/aws-appsync-community#115, client id
 *   mismatch). AppSync does not say which check failed; the same message for signature, issuer,
 *   audience and algorithm is an assumption.
 * - an unknown or expired API key: "You are not authorized to make this call."
 * - an IAM principal whose policy does not allow the field: "Permission denied"
 *   (aws-amplify/amplify-cli#6595, aws-amplify/amplify-category-api#2457)
 * - SigV4 failures: 403 with the standard AWS error types (aws-amplify/amplify-js#2422 saw
 *   InvalidSignatureException from AppSync).
 */
export const denials = {
  noCredentials: () => new UnauthorizedRequest('Valid authorization header not provided.'),
  unparsableToken: () => new UnauthorizedRequest('Unable to parse JWT token.'),
  expiredToken: () => new UnauthorizedRequest('Token has expired.'),
  invalidToken: (reason: string) => new UnauthorizedRequest('Unauthorized', 'UnauthorizedException', 401, reason),
  invalidApiKey: () => new UnauthorizedRequest('You are not authorized to make this call.'),
  permissionDenied: () => new UnauthorizedRequest('Permission denied'),
  unknownAccessKey: () =>
    new UnauthorizedRequest('The security token included in the request is invalid.', 'UnrecognizedClientException', 403),
  signatureMismatch: () =>
    new UnauthorizedRequest(
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      'InvalidSignatureException',
      403,
    ),
  signatureExpired: (signed: string, earliest: string, now: string, minutes: number) =>
    new UnauthorizedRequest(
      `Signature expired: ${signed} is now earlier than ${earliest} (${now} - ${minutes} min.)`,
      'InvalidSignatureException',
      403,
    ),
  incompleteSignature: (detail: string) => new UnauthorizedRequest(detail, 'IncompleteSignatureException', 403),
  wrongService: (service: string) =>
    new UnauthorizedRequest(`Credential should be scoped to correct service: '${service}'.`, 'InvalidSignatureException', 403),
};
