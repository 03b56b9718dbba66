import { GraphQLError } from 'graphql';

/**
 * Errors that mean "the database is not reachable right now" (restart, failover, network): the
 * request failed through no fault of its own and may be retried. They are answered with
 * SERVICE_UNAVAILABLE (HTTP 503) instead of a masked INTERNAL_SERVER_ERROR.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection error',
  'not queryable',
  'timeout exceeded when trying to connect',
  'the database system is',
  'Client was closed',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))) {
      return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return true;
    current = (current as { driverError?: unknown; originalError?: unknown; cause?: unknown }).driverError
      ?? (current as { originalError?: unknown }).originalError
      ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('Service temporarily unavailable, retry shortly', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}
