// A Set that re-adds its element: for…of never ends, and never allocates.
export function request() {
  const s = new Set([0]);
  for (const x of s) {
    s.delete(x);
    s.add(x);
  }
  return { payload: 'finished' };
}

export function response(ctx: any) {
  return ctx.result;
}
