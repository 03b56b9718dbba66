"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.currentRequest = currentRequest;
exports.contextualLogger = contextualLogger;
exports.requestTracking = requestTracking;
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_async_hooks_1 = require("node:async_hooks");
const storage = new node_async_hooks_1.AsyncLocalStorage();
/** The fields of the request being served, if any (the async context follows it through Apollo). */
function currentRequest() {
    return storage.getStore();
}
/** A client may pass its own id (to follow a call across systems) if it is short and harmless in a log. */
function requestIdFrom(header) {
    const value = Array.isArray(header) ? header[0] : header;
    return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : node_crypto_1.default.randomUUID();
}
/** Every line logged while serving a request carries its request id (and the caller once known). */
function contextualLogger(logger) {
    const withRequest = (fields = {}) => {
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
function requestTracking(logger, metrics) {
    return (req, res, next) => {
        const fields = { requestId: requestIdFrom(req.headers['x-request-id']) };
        const started = process.hrtime.bigint();
        const path = (req.url ?? '').split('?', 1)[0];
        res.setHeader('x-request-id', fields.requestId);
        res.on('finish', () => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const route = path === '/graphql' ? 'graphql' : ['/health', '/ready', '/metrics'].includes(path) ? path.slice(1) : 'other';
            metrics.observeRequest(route, res.statusCode, seconds, fields);
            if (route !== 'graphql')
                return;
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
//# sourceMappingURL=request-tracking.js.map