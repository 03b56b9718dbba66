import path from 'node:path';
import pg from 'pg';
import { createDataSource } from '../../api/database/data-source';
import { migrateDatabase } from '../../api/database/migrate';
import { startEmbeddedDatabase } from '../../api/database/embedded';
import { TEMPLATE_DATABASE } from './test-server';

/**
 * Runs once before the suite: picks the PostgreSQL server (DATABASE_URL's, else an embedded one under
 * .data/test), and builds a template database with the real migrations applied. Each test file then
 * clones the template into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    const embedded = await startEmbeddedDatabase({
      dataDir: path.resolve(__dirname, '../../.data/test'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT || 5489),
      log: () => undefined,
    });
    adminUrl = embedded.adminUrl;
    (globalThis as { __embedded?: typeof embedded }).__embedded = embedded;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const dataSource = createDataSource(templateUrl.toString(), { poolSize: 1 });
  await dataSource.initialize();
  await migrateDatabase(dataSource);
  await dataSource.destroy();

  process.env.UB_TEST_ADMIN_URL = adminUrl;
}
