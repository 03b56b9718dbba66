import crypto from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import type { Metrics } from './metrics';

/** What the logs of one HTTP request share; filled in as the request goes (operation, caller, errors). */
export interface RequestFields {
  requestId: string;
  operationName?: string;
  operationType?: string;
  userId?: number;
  organizationId?: number;
  errorCodes?: string[];
}

const storage = new AsyncLocalStorage<RequestFields>();

/** The fields of the request being served, if any (the async context follows it through Apollo). */
export function currentRequest(): RequestFields | undefined {
  return storage.getStore();
}

/** A client may pass its own id (to follow a call across systems) if it is short and harmless in a log. */
function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : crypto.randomUUID();
}

/** Every line logged while serving a request carries its request id (and the caller once known). */
export function contextualLogger(logger: Logger): Logger {
  const withRequest = (fields: Record<string, unknown> = {}) => {
    const request = storage.getStore();
    return request ? { requestId: request.requestId, userId: request.userId, ...fields } : fields;
  };
  return {
    debug: (message, fields) => logger.debug(message, withRequest(fields)),
    info: (message, fields) => logger.info(message, withRequest(fields)),
    warn: (message, fields) => logger.warn(message, withRequest(fields)),
    error: (message, fields) => logger.error(message, withRequest(fields)),
  };
}

/**
 * Gives each request an id (echoed in `x-request-id`), runs the rest of the request (`next`) inside
 * its async context, and when the response is sent logs one structured line for GraphQL calls and
 * feeds the metrics. Wraps the whole HTTP server, before any routing.
 */
export function requestTracking(logger: Logger, metrics: Metrics): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const fields: RequestFields = { requestId: requestIdFrom(req.headers['x-request-id']) };
    const started = process.hrtime.bigint();
    const path = (req.url ?? '').split('?', 1)[0];
    res.setHeader('x-request-id', fields.requestId);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = path === '/graphql' ? 'graphql' : ['/health', '/ready', '/metrics'].includes(path) ? path.slice(1) : 'other';
      metrics.observeRequest(route, res.statusCode, seconds, fields);
      if (route !== 'graphql') return;
      logger.info('request', {
        requestId: fields.requestId,
        method: req.method,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1e4) / 10,
        operationName: fields.operationName,
        operationType: fields.operationType,
        userId: fields.userId,
        organizationId: fields.organizationId,
        errorCodes: fields.errorCodes,
      });
    });
    storage.run(fields, next);
  };
}
