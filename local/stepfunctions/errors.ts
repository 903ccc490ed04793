/** A Step Functions API error, as the AWS JSON protocol reports it (`__type` and `message`). */
export class SfnError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}
