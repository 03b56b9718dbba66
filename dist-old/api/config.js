"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = exports.MAX_BODY_BYTES = void 0;
exports.projectPath = projectPath;
exports.loadConfig = loadConfig;
exports.loadServerConfig = loadServerConfig;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const node_crypto_1 = __importDefault(require("node:crypto"));
/** Largest request body accepted on /graphql (inflated, if the client compressed it). */
exports.MAX_BODY_BYTES = 1024 * 1024;
/** A configuration problem the operator must fix: printed as one line, never as a stack trace. */
class ConfigError extends Error {
}
exports.ConfigError = ConfigError;
const projectRoot = node_path_1.default.resolve(__dirname, '..', node_fs_1.default.existsSync(node_path_1.default.resolve(__dirname, '..', 'package.json')) ? '' : '..');
function projectPath(...parts) {
    return node_path_1.default.join(projectRoot, ...parts);
}
function parsePort(name, raw, fallback) {
    if (raw === undefined || raw === '')
        return fallback;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new ConfigError(`${name} must be a TCP port number between 0 and 65535, got "${raw}"`);
    }
    return port;
}
function parseMilliseconds(name, raw, fallback) {
    if (raw === undefined || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 3_600_000) {
        throw new ConfigError(`${name} must be a whole number of milliseconds between 0 and 3600000, got "${raw}"`);
    }
    return value;
}
function parseProcessCount(raw) {
    if (raw === undefined || raw === '')
        return 1;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 64) {
        throw new ConfigError(`WEB_CONCURRENCY must be a whole number of API processes between 1 and 64, got "${raw}"`);
    }
    return value;
}
const READ_PATHS = { on: 'rendered', off: 'embedded', loaders: 'loaders' };
function parseReadPath(raw) {
    if (raw === undefined || raw === '')
        return 'rendered';
    const path = READ_PATHS[raw.toLowerCase()];
    if (!path)
        throw new ConfigError(`GRAPHQL_RENDERING must be on, off or loaders, got "${raw}"`);
    return path;
}
function parseBoolean(name, raw, fallback) {
    if (raw === undefined || raw === '')
        return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase()))
        return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase()))
        return false;
    throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}
function parseDatabaseUrl(raw, name = 'DATABASE_URL') {
    if (raw === undefined || raw === '')
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new ConfigError(`${name} is not a valid URL (expected postgres://user@host:port/database)`);
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
        throw new ConfigError(`${name} must start with postgres:// or postgresql://, got "${url.protocol}"`);
    }
    return raw;
}
function parseDatabaseUrls(name, raw) {
    return (raw ?? '').split(',').map((part) => part.trim()).filter(Boolean).map((part) => parseDatabaseUrl(part, name));
}
/**
 * The signing secret for staff tokens. Configured through AUTH_SECRET in production; in development a
 * random secret is generated once and kept in the data directory so that printed tokens survive restarts.
 */
function resolveAuthSecret(dataDir, raw, production) {
    if (raw !== undefined && raw !== '') {
        if (raw.length < 32)
            throw new ConfigError('AUTH_SECRET must be at least 32 characters long');
        return { secret: raw, development: false };
    }
    // A generated secret comes with a printed admin token: anyone who can read the console or the data
    // directory would be admin. In production nothing is generated (the server refuses to start, see
    // loadServerConfig; the command-line tools never sign anything).
    if (production)
        return { secret: '', development: false };
    const file = node_path_1.default.join(dataDir, 'dev-auth-secret');
    if (node_fs_1.default.existsSync(file))
        return { secret: node_fs_1.default.readFileSync(file, 'utf8').trim(), development: true };
    node_fs_1.default.mkdirSync(dataDir, { recursive: true });
    const secret = node_crypto_1.default.randomBytes(48).toString('base64url');
    node_fs_1.default.writeFileSync(file, secret + '\n', { mode: 0o600 });
    return { secret, development: true };
}
function loadConfig(env = process.env) {
    const production = env.NODE_ENV === 'production';
    const dataDir = node_path_1.default.resolve(env.DATA_DIR || projectPath('.data'));
    const logLevel = (env.LOG_LEVEL || 'info');
    if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
        throw new ConfigError(`LOG_LEVEL must be one of debug, info, warn, error, silent, got "${env.LOG_LEVEL}"`);
    }
    const { secret, development } = resolveAuthSecret(dataDir, env.AUTH_SECRET, production);
    return {
        port: parsePort('PORT', env.PORT, 4000),
        databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
        dataDir,
        embeddedPgPort: parsePort('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 5488),
        authSecret: secret,
        authSecretIsDevelopment: development,
        introspection: parseBoolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, !production),
        graphiql: parseBoolean('GRAPHIQL', env.GRAPHIQL, !production),
        production,
        loadDemoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, true),
        reportingRefreshMs: parseMilliseconds('REPORTING_REFRESH_MS', env.REPORTING_REFRESH_MS, 1_000),
        logLevel,
        readDatabaseUrls: parseDatabaseUrls('READ_DATABASE_URL', env.READ_DATABASE_URL),
        readReplicaMaxWaitMs: parseMilliseconds('READ_REPLICA_MAX_WAIT_MS', env.READ_REPLICA_MAX_WAIT_MS, 250),
        readReplicaMaxLagMs: parseMilliseconds('READ_REPLICA_MAX_LAG_MS', env.READ_REPLICA_MAX_LAG_MS, 5_000),
        webConcurrency: parseProcessCount(env.WEB_CONCURRENCY),
        authCacheMs: parseMilliseconds('AUTH_CACHE_MS', env.AUTH_CACHE_MS, 5_000),
        readPath: parseReadPath(env.GRAPHQL_RENDERING),
    };
}
/**
 * The API server's configuration: in production it needs a configured AUTH_SECRET (without one it
 * would have nothing to check tokens against, and must never fall back to a generated one).
 */
function loadServerConfig(env = process.env) {
    const config = loadConfig(env);
    if (config.production && !config.authSecret) {
        throw new ConfigError('AUTH_SECRET must be set when NODE_ENV=production (at least 32 characters); no secret or token is ever generated in production');
    }
    return config;
}
//# sourceMappingURL=config.js.map