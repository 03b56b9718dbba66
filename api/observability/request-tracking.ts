import crypto from 'node:crypto';
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

/*
 * The fields go with the request object and with the errors met while serving it, not through an
 * AsyncLocalStorage: on Node 20 a store makes every promise of the process pay an async hook, which
 * was about a fifth of the CPU of a small GraphQL query (bench/README.md, issue 17, 2026-12-07).
 */
const byRequest = new WeakMap<IncomingMessage, RequestFields>();
const byError = new WeakMap<object, RequestFields>();

/** The fields of a request being served (set by requestTracking before any handler runs). */
export function requestFieldsOf(req: IncomingMessage): RequestFields | undefined {
  return byRequest.get(req);
}

/** Records that `error` was met while serving the request of `fields`, so that its log line names it. */
export function attachRequest(error: unknown, fields: RequestFields | undefined): void {
  if (fields && error !== null && typeof error === 'object') byError.set(error, fields);
}

/** What a log line about `error` says of its request (id and caller), empty when none is known. */
export function requestLogFieldsOf(...errors: unknown[]): { requestId?: string; userId?: number } {
  for (const error of errors) {
    const fields = error !== null && typeof error === 'object' ? byError.get(error) : undefined;
    if (fields) return requestLogFields(fields);
  }
  return {};
}

/** The id and caller of a request, as its log lines carry them. */
export function requestLogFields(fields: RequestFields | undefined): { requestId?: string; userId?: number } {
  return fields ? { requestId: fields.requestId, userId: fields.userId } : {};
}

/** What the request's log line says of its GraphQL operation (the name cut to 100 characters). */
export function noteOperation(fields: RequestFields | undefined, name: string | null | undefined, type: string | undefined): void {
  if (!fields) return;
  fields.operationName = name?.slice(0, 100) ?? undefined;
  fields.operationType = type;
}

/** A client may pass its own id (to follow a call across systems) if it is short and harmless in a log. */
function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : crypto.randomUUID();
}

/**
 * Gives each request an id (echoed in `x-request-id`) and its fields (`requestFieldsOf`), runs the
 * rest of the request (`next`), and when the response is sent logs one structured line for GraphQL
 * calls and feeds the metrics. Wraps the whole HTTP server, before any routing.
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
    byRequest.set(req, fields);
    next();
  };
}
