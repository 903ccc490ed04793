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

export interface Problem {
  field: string;
  message: string;
}

/** Every invalid field at once, in the resolvers' shape (resolvers/shared/validation.ts). */
export function refuseInvalid(problems: Problem[]): void {
  if (problems.length === 0) return;
  const summary = problems.map((p) => `${p.field} ${p.message}`).join('; ');
  throw new BusinessError(`Invalid input: ${summary}.`, 'VALIDATION', { problems });
}
