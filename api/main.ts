import 'reflect-metadata';
import cluster from 'node:cluster';
import type { DataSource } from 'typeorm';
import { ConfigError, loadServerConfig, type AppConfig } from './config';
import { createDataSource, driverClient, ensureDatabase } from './database/data-source';
import { migrateDatabase } from './database/migrate';
import { privacyMinGroupSize } from './impact/impact.service';
import { ReportingRefresher } from './reporting/refresher';
import { resolveDatabaseUrl } from './database/database-url';
import type { EmbeddedDatabase } from './database/embedded';
import { DEFAULT_READ_ROUTING } from './database/read-replicas';
import { createApp } from './server';
import { createLogger, type Logger } from './logger';
import { signStaffToken } from './auth/token';
import { loadDemoData } from '../tools/demo/demo-data';
import { createRenderPool, defaultRenderWorkers } from './attestation/render-pool';
import { Role } from '../schema/enums';
import { APP_ROLE, appDatabaseUrl, asMaintenance } from './security/database-role';

/** Loads the demo organisation into an empty database, in one transaction (as the owner, see asMaintenance). */
async function loadDemoDataIfEmpty(dataSource: DataSource, logger: Logger): Promise<void> {
  const started = Date.now();
  const summary = await asMaintenance(dataSource, async (runner) => {
    const [{ count }] = await runner.query('select count(*)::int as count from organization');
    if (count > 0) return undefined;
    // Its issued invoices' and credit notes' documents are drawn on worker threads.
    const pool = createRenderPool();
    try {
      return await loadDemoData(driverClient(runner), { render: pool.renderIssued });
    } finally {
      await pool.close();
    }
  });
  if (summary) logger.info('demo data loaded', { ms: Date.now() - started, ...summary });
}

/** A development token for the first admin of the first organisation (printed on start). */
async function developmentToken(dataSource: DataSource, config: AppConfig): Promise<string | undefined> {
  if (config.production || !config.authSecretIsDevelopment) return undefined;
  const [admin] = await asMaintenance(dataSource, (runner) =>
    runner.query(`select id, organization_id as "organizationId" from app_user where 'admin' = any(roles) and active order by organization_id, id limit 1`),
  );
  if (!admin) return undefined;
  return signStaffToken(config.authSecret, { userId: admin.id, organizationId: admin.organizationId, roles: [Role.ADMIN] }, 30 * 24 * 3600);
}

/** The embedded server's local password is shown (Power BI and psql need it); a configured one never is. */
function printableUrl(url: string, embedded: boolean): string {
  if (embedded) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '****';
  return parsed.toString();
}

/** What the primary of a cluster hands its workers: the database it prepared (migrated once). */
const WORKER_DATABASE_URL = 'UB_WORKER_DATABASE_URL';
const WORKER_DEVELOPMENT_TOKEN = 'UB_WORKER_DEVELOPMENT_TOKEN';

interface Prepared {
  url: string;
  embedded?: EmbeddedDatabase;
  token?: string;
}

/** The database, ready to serve: started (embedded), migrated, demo data loaded. Done once, by one process. */
async function prepareDatabase(config: AppConfig, logger: Logger): Promise<Prepared> {
  const { url, embedded } = await resolveDatabaseUrl(config, (line) => logger.info(line));
  await ensureDatabase(url);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await migrateDatabase(dataSource, (line) => logger.info(line));
  if (config.loadDemoData) await loadDemoDataIfEmpty(dataSource, logger);
  const token = await developmentToken(dataSource, config);
  // The owner's pool served migrations and demo data; requests run as the application role, under
  // row-level security (api/security/database-role.ts).
  await dataSource.destroy();
  return { url, embedded, token };
}

/** One API process: its pool, its reporting refresher, its HTTP server on the configured port. */
async function serve(config: AppConfig, prepared: Prepared, logger: Logger): Promise<{ port: number; stop(): Promise<void> }> {
  const appDataSource = createDataSource(appDatabaseUrl() ?? prepared.url, { role: APP_ROLE });
  await appDataSource.initialize();
  // Every process runs the refresher: folds take an advisory lock, so they never fold a change twice.
  const refresher = new ReportingRefresher(appDataSource, config.reportingRefreshMs, logger);
  const server = await createApp({
    dataSource: appDataSource, authSecret: config.authSecret, introspection: config.introspection, graphiql: config.graphiql, logger,
    developmentToken: prepared.token, listenForChanges: true, authCacheMs: config.authCacheMs, readPath: config.readPath,
    readReplicaUrls: config.readDatabaseUrls,
    readRouting: { ...DEFAULT_READ_ROUTING, maxWaitMs: config.readReplicaMaxWaitMs, maxLagMs: config.readReplicaMaxLagMs },
    renderWorkers: defaultRenderWorkers(),
  });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, resolve);
  });
  refresher.start();
  const address = server.httpServer.address();
  return {
    port: typeof address === 'object' && address ? address.port : config.port,
    async stop() {
      await server.close(); // stops accepting and drains in-flight requests
      logger.info('http server closed');
      await refresher.stop();
      await appDataSource.destroy();
    },
  };
}

function printReady(startedAt: number, config: AppConfig, prepared: Prepared, port: number): void {
  const lines = [
    '',
    `  UB Platform ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    `  ${config.graphiql ? 'GraphQL (and GraphiQL):' : 'GraphQL:               '}  http://localhost:${port}/graphql`,
    `  PostgreSQL:              ${printableUrl(prepared.url, !!prepared.embedded)}${prepared.embedded ? '  (embedded)' : ''}`,
  ];
  for (const replica of config.readDatabaseUrls) lines.push(`  Read replica:            ${printableUrl(replica, false)}`);
  if (config.webConcurrency > 1) lines.push(`  API processes:           ${config.webConcurrency} (WEB_CONCURRENCY)`);
  if (prepared.token) lines.push(`  Development admin token: ${prepared.token}`, `    (send it as: Authorization: Bearer <token>)`);
  process.stdout.write(lines.join('\n') + '\n\n');
}

/**
 * Stops in order on SIGINT, SIGTERM or the death of the parent, at most once, within `limitMs`; past
 * it the process exits with status 1 (an embedded database is still told to stop, see embedded.ts).
 */
function stopOnSignals(logger: Logger, stop: () => Promise<void>, limitMs: number): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const timer = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, limitMs);
    timer.unref();
    try {
      await stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error('shutdown failed', { error: String(error) });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  watchParent(() => void shutdown('parent exited'));
}

/**
 * WEB_CONCURRENCY > 1: this process prepares the database once, then forks that many API processes
 * (node:cluster) that share its port, the kernel's connections handed round-robin by the primary.
 * Each is stateless: what it caches about accounts is forgotten on every process at each change
 * (database/change-listener.ts) and the reporting fold takes an advisory lock. One that dies is replaced;
 * on a stop signal the primary stops them (each drains its requests), then the embedded database.
 */
async function runPrimary(startedAt: number, config: AppConfig, prepared: Prepared, logger: Logger): Promise<void> {
  let stopping = false;
  const env = { [WORKER_DATABASE_URL]: prepared.url, ...(prepared.token ? { [WORKER_DEVELOPMENT_TOKEN]: prepared.token } : {}) };
  const port = await new Promise<number>((resolve, reject) => {
    let listening = 0;
    cluster.on('listening', (_worker, address) => {
      if (++listening === config.webConcurrency) resolve(address.port);
    });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      if (listening < config.webConcurrency) {
        stopping = true;
        reject(new Error(`an API process exited while starting (${signal ?? `exit code ${code}`}); its error is above`));
        return;
      }
      logger.error('an API process exited; starting another', { pid: worker.process.pid, code, signal });
      setTimeout(() => !stopping && cluster.fork(env), 1_000).unref();
    });
    for (let i = 0; i < config.webConcurrency; i++) cluster.fork(env);
  }).catch(async (error) => {
    await stopWorkers();
    await prepared.embedded?.stop();
    throw error;
  });
  printReady(startedAt, config, prepared, port);

  async function stopWorkers(): Promise<void> {
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    await Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
      if (worker.isDead()) return resolve();
      const kill = setTimeout(() => worker.process.kill('SIGKILL'), config.shutdownTimeoutMs + 2_000); // past its own limit
      worker.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      worker.process.kill('SIGTERM');
    })));
  }
  stopOnSignals(logger, async () => {
    stopping = true;
    await stopWorkers();
    logger.info('api processes stopped');
    await prepared.embedded?.stop();
  }, config.shutdownTimeoutMs + 5_000); // the workers' own limit, then the database's stop
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadServerConfig();
  privacyMinGroupSize(); // a bad PRIVACY_MIN_GROUP_SIZE stops the start, not a partner's request
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) {
    const serving = await serve(config, { url: process.env[WORKER_DATABASE_URL]!, token: process.env[WORKER_DEVELOPMENT_TOKEN] }, logger);
    stopOnSignals(logger, () => serving.stop(), config.shutdownTimeoutMs);
    return;
  }
  const prepared = await prepareDatabase(config, logger);
  if (config.webConcurrency > 1) return runPrimary(startedAt, config, prepared, logger);
  const serving = await serve(config, prepared, logger);
  printReady(startedAt, config, prepared, serving.port);
  stopOnSignals(logger, async () => {
    await serving.stop();
    await prepared.embedded?.stop();
  }, config.shutdownTimeoutMs);
}

/**
 * A process manager or a terminal stops `npm start` by signalling npm, which forwards the signal to
 * its child (node itself: the start script execs it). Should npm die without forwarding (SIGKILL), the
 * API is re-parented: it notices within a second and stops in order, its embedded database with it,
 * instead of living on as an orphan.
 */
function watchParent(onOrphaned: () => void): void {
  const parent = process.ppid;
  if (parent <= 1) return; // started by init or a container's entrypoint: nothing to watch
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, 1_000);
  timer.unref();
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`ub-platform: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    process.stderr.write(`ub-platform: could not start: ${message}${code ? ` (${code})` : ''}\n`);
  }
  process.exit(1);
});
