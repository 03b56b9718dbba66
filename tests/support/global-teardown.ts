import pg from 'pg';
import { TEMPLATE_DATABASE } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.UB_TEST_ADMIN_URL;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
    await admin.end();
  }
  const embedded = (globalThis as { __embedded?: { stop(): Promise<void> } }).__embedded;
  await embedded?.stop();
}
