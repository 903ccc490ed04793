import { AwsJsonError } from '../http/aws-json-error.ts';

/** A Step Functions API error. */
export class SfnError extends AwsJsonError {}
