import type { Writable } from 'node:stream';
import { parseFieldLogLevel, type FieldLogLevel } from './levels.ts';
import type { RequestLogOptions } from './request-log.ts';

/** `npm start`'s level when none is asked for: AppSync's ERROR (only requests and fields in error are written). */
export const NPM_START_LOG_LEVEL: FieldLogLevel = 'ERROR';

/**
 * Request logging as `npm start` configures it from its environment:
 *   VIDEOSHOPS_LOG_LEVEL=NONE|ERROR|INFO|DEBUG|ALL   (default ERROR) readable lines on the terminal
 *   VIDEOSHOPS_LOG_FILE=path                         also AppSync-shaped JSON lines, appended to path
 *   VIDEOSHOPS_LOG_EXCLUDE_VERBOSE=true              leave out context and evaluated handler output
 */
export function loggingFromEnv(env: NodeJS.ProcessEnv = process.env, terminal: Writable = process.stdout): RequestLogOptions {
  return {
    level: parseFieldLogLevel(env.VIDEOSHOPS_LOG_LEVEL || NPM_START_LOG_LEVEL),
    terminal,
    json: env.VIDEOSHOPS_LOG_FILE || undefined,
    excludeVerboseContent: env.VIDEOSHOPS_LOG_EXCLUDE_VERBOSE === 'true',
  };
}
