import type { DataSource } from 'typeorm';
import { installReportingLayer, type InstallOutcome } from '../reporting/reporting-layer';
import { withDriverClient } from './data-source';

/**
 * Brings a database up to date as its owner: the pending migrations, then the reporting layer when
 * its SQL changed (reporting/*.sql, installed and rebuilt in one transaction).
 */
export async function migrateDatabase(dataSource: DataSource, log: (line: string) => void = () => undefined): Promise<{ migrations: string[]; reporting: InstallOutcome }> {
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  if (applied.length) log(`migrations applied: ${applied.map((migration) => migration.name).join(', ')}`);
  const reporting = await withDriverClient(dataSource, (client) => installReportingLayer(client, log));
  return { migrations: applied.map((migration) => migration.name), reporting };
}
