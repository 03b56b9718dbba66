import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { ReadPath } from './read/request-reads';

/** Largest request body accepted on /graphql (inflated, if the client compressed it). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A configuration problem the operator must fix: printed as one line, never as a stack trace. */
export class ConfigError extends Error {}

export interface AppConfig {
  port: number;
  /** Set when an external PostgreSQL server is used; undefined means the embedded one. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  authSecret: string;
  /** True when the secret was generated for local development rather than configured. */
  authSecretIsDevelopment: boolean;
  introspection: boolean;
  /** GraphiQL at GET /graphql for browsers: on in development, off in production unless GRAPHIQL=true. */
  graphiql: boolean;
  /** NODE_ENV=production: no generated secret, no minted token, GraphiQL and introspection off by default. */
  production: boolean;
  loadDemoData: boolean;
  /** How often the API adds recent changes to the reporting aggregates, in ms (0: never; `npm run reporting -- fold` then). */
  reportingRefreshMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Streaming standbys that serve GraphQL queries (READ_DATABASE_URL, comma-separated; api/database/read-replicas.ts). */
  readDatabaseUrls: string[];
  /** How long a query waits for a replica to replay its client's last write (READ_REPLICA_MAX_WAIT_MS). */
  readReplicaMaxWaitMs: number;
  /** A replica further behind than this serves nothing (READ_REPLICA_MAX_LAG_MS). */
  readReplicaMaxLagMs: number;
  /** API processes `npm start` runs behind its one port (WEB_CONCURRENCY, default 1). */
  webConcurrency: number;
  /** How long each process reuses an account or API-key look-up, in ms (AUTH_CACHE_MS; changes are heard at once, see api/database/change-listener.ts). */
  authCacheMs: number;
  /** How list pages read: GRAPHQL_RENDERING on (rendered), off (embedded) or loaders (api/read/request-reads.ts). */
  readPath: ReadPath;
  /** How long a stop signal waits for the orderly stop before the process exits anyway (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
}

const projectRoot = path.resolve(__dirname, '..', fs.existsSync(path.resolve(__dirname, '..', 'package.json')) ? '' : '..');

export function projectPath(...parts: string[]): string {
  return path.join(projectRoot, ...parts);
}

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a TCP port number between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parseMilliseconds(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 3_600_000) {
    throw new ConfigError(`${name} must be a whole number of milliseconds between 0 and 3600000, got "${raw}"`);
  }
  return value;
}

function parseProcessCount(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    throw new ConfigError(`WEB_CONCURRENCY must be a whole number of API processes between 1 and 64, got "${raw}"`);
  }
  return value;
}

const READ_PATHS: Record<string, ReadPath> = { on: 'rendered', off: 'embedded', loaders: 'loaders' };

function parseReadPath(raw: string | undefined): ReadPath {
  if (raw === undefined || raw === '') return 'rendered';
  const path = READ_PATHS[raw.toLowerCase()];
  if (!path) throw new ConfigError(`GRAPHQL_RENDERING must be on, off or loaders, got "${raw}"`);
  return path;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseDatabaseUrl(raw: string | undefined, name = 'DATABASE_URL'): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (expected postgres://user@host:port/database)`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://, got "${url.protocol}"`);
  }
  return raw;
}

function parseDatabaseUrls(name: string, raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((part) => part.trim()).filter(Boolean).map((part) => parseDatabaseUrl(part, name)!);
}

/**
 * The signing secret for staff tokens. Configured through AUTH_SECRET in production; in development a
 * random secret is generated once and kept in the data directory so that printed tokens survive restarts.
 */
function resolveAuthSecret(dataDir: string, raw: string | undefined, production: boolean): { secret: string; development: boolean } {
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters long');
    return { secret: raw, development: false };
  }
  // A generated secret comes with a printed admin token: anyone who can read the console or the data
  // directory would be admin. In production nothing is generated (the server refuses to start, see
  // loadServerConfig; the command-line tools never sign anything).
  if (production) return { secret: '', development: false };
  const file = path.join(dataDir, 'dev-auth-secret');
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, 'utf8').trim(), development: true };
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(48).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return { secret, development: true };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.DATA_DIR || projectPath('.data'));
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
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
    shutdownTimeoutMs: parseMilliseconds('SHUTDOWN_TIMEOUT_MS', env.SHUTDOWN_TIMEOUT_MS, 20_000),
  };
}

/**
 * The API server's configuration: in production it needs a configured AUTH_SECRET (without one it
 * would have nothing to check tokens against, and must never fall back to a generated one).
 */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = loadConfig(env);
  if (config.production && !config.authSecret) {
    throw new ConfigError('AUTH_SECRET must be set when NODE_ENV=production (at least 32 characters); no secret or token is ever generated in production');
  }
  return config;
}
