// What the runtime's HTTP server answers when it refuses a request outright, before any GraphQL
// runs. A GraphQL endpoint answers in AppSync's shape (`{ errors: [{ ... }] }`, graphql/errors.ts,
// where the refusals of a GraphQL request itself live); a control endpoint (EvaluateCode) in the
// REST-JSON shape of AWS's control plane.
import { rejection, type Rejection } from '../graphql/errors.ts';
import type { UnauthorizedRequest } from './authentication.ts';

/** graphql/graphql-over-http#81, written by the AppSync team. */
export const emptyRequestBody = () => rejection(400, { message: 'Request body is empty.', errorType: 'MalformedHttpRequestException' });

/** A body that is not a GraphQL request (`meow`, `{}`, `[]`): graphql/graphql-over-http#81. */
export const unparseableRequestBody = () =>
  rejection(400, { message: 'Unable to parse GraphQL query.', errorType: 'MalformedHttpRequestException' });

/** A body over the size AppSync accepts (MAX_BODY in server.ts); the words are the runtime's own. */
export const payloadTooLarge = () => rejection(413, { errorType: 'PayloadTooLargeException', message: 'Request too large.' });

/** A path or method nothing serves; the runtime's own words. */
export const notFound = () => rejection(404, { errorType: 'NotFound', message: 'Not found.' });

/** An unexpected failure of the runtime itself, with its message. */
export const internalFailure = (error: unknown) =>
  rejection(500, { errorType: 'InternalFailure', message: String((error as Error)?.message ?? error) });

/** A request its authenticator refused, with the denial's status and type (local/auth/denials.ts). */
export const unauthorized = (denial: UnauthorizedRequest): Rejection =>
  rejection(denial.status, { errorType: denial.errorType, message: denial.message });

/** AWS's REST-JSON error: the type goes in the `x-amzn-errortype` header, `{"message"}` (or `{}`) is the body. */
export interface ServiceError {
  statusCode: number;
  errorType: string;
  message?: string;
}

export const serviceErrorBody = ({ message }: ServiceError) => (message === undefined ? {} : { message });

/** A control endpoint reached from elsewhere than this machine, or from a web page (control-access.ts says why). */
export const controlAccessDenied = (reason: string): ServiceError => ({
  statusCode: 403,
  errorType: 'AccessDeniedException',
  message: reason,
});

/** A method a control endpoint does not serve: AWS names no operation for it, and says nothing more. */
export const unknownOperation = (): ServiceError => ({ statusCode: 404, errorType: 'UnknownOperationException' });

/** A control-plane request without a SigV4 `Authorization` header, as API Gateway-fronted AWS APIs answer it. */
export const missingAuthenticationToken = (): ServiceError => ({
  statusCode: 403,
  errorType: 'MissingAuthenticationTokenException',
  message: 'Missing Authentication Token',
});
