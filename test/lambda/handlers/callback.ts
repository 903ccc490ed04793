/** A callback-style handler, as the nodejs22.x runtime still accepts. */
export const handler = (event: { value: number }, _context: unknown, callback: (error: Error | null, result?: unknown) => void) => {
  setTimeout(() => callback(null, { doubled: event.value * 2 }), 1);
};
