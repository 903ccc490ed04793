/** A function error as Lambda reports it (`X-Amz-Function-Error: Unhandled` with this body). */
export interface LambdaErrorPayload {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

/** Lambda's limit on a synchronous invocation's response (6 MB). */
export const MAX_RESPONSE_BYTES = 6291556;

/**
 * The errors Lambda itself produces when an environment ends abnormally, in the forms the
 * service reports today (`Sandbox.Timedout` replaced the bare "Task timed out" message; see the
 * AWS Lambda troubleshooting guide and aws/aws-appsync-community#386).
 */
export const lambdaErrors = {
  timeout: (requestId: string, timeoutSeconds: number): LambdaErrorPayload => ({
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`,
  }),
  exit: (requestId: string, code: number): LambdaErrorPayload => ({
    errorType: 'Runtime.ExitError',
    errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: exit status ${code}`,
  }),
  responseTooLarge: (): LambdaErrorPayload => ({
    errorType: 'Function.ResponseSizeTooLarge',
    errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
  }),
  outOfMemory: (requestId: string): LambdaErrorPayload => ({
    errorType: 'Runtime.OutOfMemory',
    errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
  }),
};
