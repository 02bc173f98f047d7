import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs for operations. Borrower words and identities never belong in a
 * log line: callers log ids and counts only, and these paths are censored in
 * case a whole object slips through.
 */
const REDACTED_PATHS = [
  'text',
  '*.text',
  'activity.text',
  'body',
  'req.body',
  'name',
  '*.name',
  'phone',
  '*.phone',
  'Phone',
  '*.Phone',
  'dateOfBirth',
  '*.dateOfBirth',
  'Date_Of_Birth',
  '*.Date_Of_Birth',
  'password',
  '*.password',
  'token',
  '*.token',
  'req.headers.authorization',
  'req.headers.cookie',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'forbear' },
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream | undefined,
  );
}
