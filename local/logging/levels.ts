/** AppSync's `fieldLogLevel` values, least to most verbose. */
export const FIELD_LOG_LEVELS = ['NONE', 'ERROR', 'INFO', 'DEBUG', 'ALL'] as const;

export type FieldLogLevel = (typeof FIELD_LOG_LEVELS)[number];

const RANK: Record<FieldLogLevel, number> = { NONE: 0, ERROR: 1, INFO: 2, DEBUG: 3, ALL: 4 };

/** True when `level` logs at least what `threshold` logs. */
export const logsAtLeast = (level: FieldLogLevel, threshold: FieldLogLevel) => RANK[level] >= RANK[threshold];

/** Reads a level case-insensitively; refuses anything AppSync would refuse. */
export function parseFieldLogLevel(text: string): FieldLogLevel {
  const level = text.trim().toUpperCase();
  if ((FIELD_LOG_LEVELS as readonly string[]).includes(level)) return level as FieldLogLevel;
  throw new Error(`Unknown field log level '${text}': use one of ${FIELD_LOG_LEVELS.join(', ')}.`);
}
