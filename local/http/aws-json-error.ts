/**
 * An error of an AWS JSON-protocol API (Cognito Identity Provider, Step Functions …): an HTTP
 * status (400 unless the service's fault) with `{"__type": type, "message": …}`, which AWS SDKs
 * map to the exception named `type`.
 */
export class AwsJsonError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}
