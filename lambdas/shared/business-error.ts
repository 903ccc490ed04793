import { invalidInputMessage, type Problem } from '../../resolvers/shared/validation.ts';

/**
 * An expected refusal the caller can act on: the handler returns it as a value and the JS
 * resolver raises it with `util.error`, so clients see its `errorType` (a thrown error would
 * reach them only as `Lambda:Unhandled`).
 */
export class BusinessError extends Error {
  constructor(
    message: string,
    readonly errorType: string,
    readonly errorInfo: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'BusinessError';
  }

  toJSON() {
    return { message: this.message, type: this.errorType, info: this.errorInfo };
  }
}

/** Every invalid field at once, as the resolvers refuse input (resolvers/shared/validation.ts). */
export function refuseInvalid(problems: Problem[]): void {
  if (problems.length === 0) return;
  throw new BusinessError(invalidInputMessage(problems), 'VALIDATION', { problems });
}
