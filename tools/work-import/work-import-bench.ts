import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDataSource } from '../../api/database/data-source';
import { migrateDatabase } from '../../api/database/migrate';
import { runWorkImportCli } from '../../api/production/work-import-cli';
import { seedWorkImportSample, writeWorkImportCsv } from './work-import-sample';

/**
 * One end-to-end measurement of the CSV import, outside the test suite:
 *
 *   npm run build && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     node dist/tools/work-import/work-import-bench.js [rows=1000000] [';'] [--keep]
 *
 * Creates a scratch database on DATABASE_URL's server, migrates it, seeds a sample organisation,
 * generates the CSV (`;` for the French shape), runs the import CLI on it (in-process, timed from
 * start to exit status), and drops the database (`--keep` keeps it, to look at the plans).
 */
async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('set DATABASE_URL to a PostgreSQL server (a scratch database is created and dropped there)');
  const rows = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
  const separator = process.argv.includes(';') ? ';' : ',';
  const name = `ub_work_import_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const file = path.join(os.tmpdir(), `${name}.csv`);
  try {
    const dataSource = createDataSource(url.toString(), { poolSize: 1 });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    await dataSource.destroy();

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { organizationId, userId } = await seedWorkImportSample(client);
    let started = Date.now();
    await writeWorkImportCsv(file, client, organizationId, rows, { separator });
    await client.end();
    const megabytes = fs.statSync(file).size / 1024 / 1024;
    process.stderr.write(`generated ${rows} rows (${megabytes.toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    started = Date.now();
    const status = await runWorkImportCli([file, '--organization', String(organizationId), '--user', String(userId)], {
      stdout: process.stdout,
      stderr: process.stderr,
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    const seconds = (Date.now() - started) / 1000;
    if (status !== 0) throw new Error(`the import exited with status ${status}`);
    process.stdout.write(`end to end: ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s\n`);
  } finally {
    fs.rmSync(file, { force: true });
    if (process.argv.includes('--keep')) process.stderr.write(`kept the database ${name}\n`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  process.stderr.write(`work import bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
