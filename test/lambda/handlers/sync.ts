/** A synchronous handler without a callback: the runtime ignores its return value and answers null. */
export const handler = (event: unknown) => ({ ignored: event });
