"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.REDACTED_PATHS = void 0;
exports.createLogger = createLogger;
const pino_1 = __importDefault(require("pino"));
const SECRET_KEYS = ['authorization', 'Authorization', 'cookie', 'set-cookie', 'password', 'apiKey', 'api_key', 'key', 'token', 'secret', 'authSecret', 'AUTH_SECRET', 'DATABASE_URL', 'APP_DATABASE_URL'];
/** Redacted paths: each secret key at the top level and under up to three levels of objects. */
exports.REDACTED_PATHS = SECRET_KEYS.flatMap((key) => {
    const at = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const join = (prefix) => (at.startsWith('[') ? `${prefix}${at}` : `${prefix}.${at}`);
    return [at, join('*'), join('*.*'), join('*.*.*')];
});
function createLogger(level = 'info', destination) {
    const logger = (0, pino_1.default)({
        level,
        base: null,
        messageKey: 'message',
        timestamp: pino_1.default.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: exports.REDACTED_PATHS, censor: '[redacted]' },
    }, destination ?? pino_1.default.destination({ dest: 1, sync: true }));
    return {
        debug: (message, fields) => logger.debug(fields ?? {}, message),
        info: (message, fields) => logger.info(fields ?? {}, message),
        warn: (message, fields) => logger.warn(fields ?? {}, message),
        error: (message, fields) => logger.error(fields ?? {}, message),
    };
}
//# sourceMappingURL=logger.js.map