import pino, { type DestinationStream } from 'pino';

/**
 * Structured JSON logs, one line per event, written by pino: `{"level":"info","time":"…ISO…",
 * "message":"…", …fields}` on stdout, as before. pino's redaction replaces secrets wherever a
 * field carries one under a known name (authorization headers, cookies, passwords, API keys,
 * tokens, secrets), at the top level or up to three objects down, so a credential never reaches a
 * log line even when a caller logs a whole header set or input by mistake.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const SECRET_KEYS = ['authorization', 'Authorization', 'cookie', 'set-cookie', 'password', 'apiKey', 'api_key', 'key', 'token', 'secret', 'authSecret', 'AUTH_SECRET', 'DATABASE_URL', 'APP_DATABASE_URL'];

/** Redacted paths: each secret key at the top level and under up to three levels of objects. */
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => {
  const at = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const join = (prefix: string) => (at.startsWith('[') ? `${prefix}${at}` : `${prefix}.${at}`);
  return [at, join('*'), join('*.*'), join('*.*.*')];
});

export function createLogger(level: Level | 'silent' = 'info', destination?: DestinationStream): Logger {
  const logger = pino(
    {
      level,
      base: null,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}
