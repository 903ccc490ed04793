import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loggingFromEnv, NPM_START_LOG_LEVEL } from '../../local/logging/config.ts';
import { logsAtLeast, parseFieldLogLevel } from '../../local/logging/levels.ts';

describe("npm start's request-log configuration", () => {
  const terminal = new PassThrough();

  it('logs at ERROR on the terminal when nothing is asked for, with no JSON file', () => {
    expect(loggingFromEnv({}, terminal)).toEqual({ level: 'ERROR', terminal, json: undefined, excludeVerboseContent: false });
    expect(NPM_START_LOG_LEVEL).toBe('ERROR');
  });

  it('takes the level, the JSON-lines file and excludeVerboseContent from the environment', () => {
    const env = { VIDEOSHOPS_LOG_LEVEL: 'all', VIDEOSHOPS_LOG_FILE: '/tmp/appsync.jsonl', VIDEOSHOPS_LOG_EXCLUDE_VERBOSE: 'true' };

    expect(loggingFromEnv(env, terminal)).toEqual({ level: 'ALL', terminal, json: '/tmp/appsync.jsonl', excludeVerboseContent: true });
  });

  it("refuses a level AppSync doesn't have", () => {
    expect(() => loggingFromEnv({ VIDEOSHOPS_LOG_LEVEL: 'VERBOSE' }, terminal)).toThrow(
      "Unknown field log level 'VERBOSE': use one of NONE, ERROR, INFO, DEBUG, ALL.",
    );
  });
});

describe("AppSync's field log levels", () => {
  it('are ordered NONE < ERROR < INFO < DEBUG < ALL', () => {
    expect(logsAtLeast('ALL', 'DEBUG')).toBe(true);
    expect(logsAtLeast('INFO', 'ERROR')).toBe(true);
    expect(logsAtLeast('ERROR', 'INFO')).toBe(false);
    expect(logsAtLeast('NONE', 'ERROR')).toBe(false);
    expect(parseFieldLogLevel(' debug ')).toBe('DEBUG');
  });
});
