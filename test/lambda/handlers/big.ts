/** Answers with more than Lambda's 6 MB response limit. */
export const handler = async () => 'x'.repeat(7 * 1024 * 1024);
