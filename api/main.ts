import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { ConfigError, loadServerConfig, type AppConfig } from './config';
import { createDataSource, driverClient, ensureDatabase } from './database/data-source';
import { migrateDatabase } from './database/migrate';
import { privacyMinGroupSize } from './impact/impact.service';
import { ReportingRefresher } from './reporting/refresher';
import { resolveDatabaseUrl } from './database/database-url';
import { createApp } from './server';
import { createLogger, type Logger } from './logger';
import { signStaffToken } from './auth/token';
import { loadDemoData } from './demo/demo-data';
import { Role } from '../schema/enums';
import { APP_ROLE, appDatabaseUrl, asMaintenance } from './security/database-role';

/** Loads the demo organisation into an empty database, in one transaction (as the owner, see asMaintenance). */
async function loadDemoDataIfEmpty(dataSource: DataSource, logger: Logger): Promise<void> {
  const started = Date.now();
  const summary = await asMaintenance(dataSource, async (runner) => {
    const [{ count }] = await runner.query('select count(*)::int as count from organization');
    if (count > 0) return undefined;
    return loadDemoData(driverClient(runner));
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
  return signStaffToken(config.authSecret, { userId: Number(admin.id), organizationId: Number(admin.organizationId), roles: [Role.ADMIN] }, 30 * 24 * 3600);
}

/** The embedded server's local password is shown (Power BI and psql need it); a configured one never is. */
function printableUrl(url: string, embedded: boolean): string {
  if (embedded) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '****';
  return parsed.toString();
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadServerConfig();
  privacyMinGroupSize(); // a bad PRIVACY_MIN_GROUP_SIZE stops the start, not a partner's request
  const logger = createLogger(config.logLevel);
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
  const appDataSource = createDataSource(appDatabaseUrl() ?? url, { role: APP_ROLE });
  await appDataSource.initialize();

  const refresher = new ReportingRefresher(appDataSource, config.reportingRefreshMs, logger);
  const server = await createApp({ dataSource: appDataSource, authSecret: config.authSecret, introspection: config.introspection, graphiql: config.graphiql, logger, developmentToken: token });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(config.port, resolve);
  });
  refresher.start();
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  const lines = [
    '',
    `  UB Platform ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    `  ${config.graphiql ? 'GraphQL (and GraphiQL):' : 'GraphQL:               '}  http://localhost:${port}/graphql`,
    `  PostgreSQL:              ${printableUrl(url, !!embedded)}${embedded ? '  (embedded)' : ''}`,
  ];
  if (token) lines.push(`  Development admin token: ${token}`, `    (send it as: Authorization: Bearer <token>)`);
  process.stdout.write(lines.join('\n') + '\n\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const timer = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, 20_000);
    timer.unref();
    try {
      await server.close(); // stops accepting and drains in-flight requests
      logger.info('http server closed');
      await refresher.stop();
      await appDataSource.destroy();
      await embedded?.stop();
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
