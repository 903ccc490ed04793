import type { DataSource } from './types.ts';

/** NONE: the request's `payload` becomes `ctx.result` (AppSync's "local resolver"). */
export const noneDataSource = (name: string): DataSource => ({
  name,
  type: 'NONE',
  invoke(request) {
    const payload = request !== null && typeof request === 'object' ? (request as { payload?: unknown }).payload : undefined;
    return { result: payload ?? null };
  },
});
